import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { parseFrontMatter, parseFrontMatterFast, parseFrontMatterFull, ParsedFrontMatter } from '../../src/core/site/frontMatter';
import { MAYBE_UNSAFE, splitItemLine, splitKeyLine, UNSAFE } from '../../src/core/site/frontMatterData';
import { frontMatterData } from '../../src/core/site/frontMatter';
import { JekyllValue, startsWordish, WORDISH } from '../../src/core/site/scalars';
import { YamlTimestamp } from '../../src/core/site/timestamp';

/**
 * `parseFrontMatter` reads simple front matter with the line scanner and the rest with the YAML
 * parser: both must give the very same result (data, fields with every range, problems).
 */
const repo = join(__dirname, '..', '..', '..');
const SEED = Number(process.env.FUZZ_SEED ?? 20260611);
const RUNS = Number(process.env.FAST_PATH_RUNS ?? 6_000);

/** A value in a comparable form: key order kept, timestamps by their fields, NaN named. */
function canonical(value: JekyllValue | undefined): unknown {
  if (value === undefined) return { undefined: true };
  if (value instanceof YamlTimestamp) return { timestamp: [value.kind, value.civil, value.offsetMinutes, value.fraction, value.source] };
  if (typeof value === 'number' && Number.isNaN(value)) return { NaN: true };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return { map: Object.keys(value).map((k) => [k, canonical(value[k])]) };
  return value;
}

/** The whole result in a comparable form: map and object key order kept, prototypes ignored. */
function comparable(parsed: ParsedFrontMatter): unknown {
  return {
    block: parsed.block,
    data: canonical(parsed.data),
    fields: [...parsed.fields].map(([key, f]) => [
      key,
      {
        // Every property of the interface, read as its users read them (the fast path makes some when read).
        key: f.key,
        keyRange: f.keyRange,
        valueRange: f.valueRange,
        afterColon: f.afterColon,
        pairRange: f.pairRange,
        written: f.written,
        style: f.style,
        value: canonical(f.value),
        // The field's value is the data's own value (same object), in both paths.
        sharesData: parsed.data !== undefined && Object.is(f.value, parsed.data[key]),
        items: f.items?.map((item) => ({ range: item.range, style: item.style, value: canonical(item.value), written: item.written })),
      },
    ]),
    problems: parsed.problems,
  };
}

/** Compares the fast path with the full parser on one text; says whether the fast path answered. */
function bothPaths(text: string): boolean {
  const full = parseFrontMatterFull(text);
  const fast = parseFrontMatterFast(text);
  const chosen = parseFrontMatter(text);
  assert.deepStrictEqual(comparable(chosen), comparable(full), `parseFrontMatter differs from the full parse on ${JSON.stringify(text)}`);
  if (fast === undefined) return false;
  assert.deepStrictEqual(comparable(fast), comparable(full), `the fast path differs on ${JSON.stringify(text)}`);
  // Prototypes too: the fast path makes its maps as the full parser does.
  assert.deepStrictEqual(fast.data, full.data, `data (with prototypes) differs on ${JSON.stringify(text)}`);
  // The position-less reader agrees as well.
  assert.deepStrictEqual(canonical(frontMatterData(text).data), canonical(full.data), `frontMatterData differs on ${JSON.stringify(text)}`);
  return true;
}

function* postFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* postFiles(path);
    else if (/(^|[\\/])_(posts|drafts)[\\/]/.test(relative(repo, path))) yield path;
  }
}

// Realistic front matter, with the odd shapes that must go to the full parser mixed in.
const KEYS = ['title', 'layout', 'lang', 'date', 'tags', 'categories', 'authors', 'permalink', 'excerpt', 'ref', 'published', 'date_gmt', 'a-b', '_x', 'x1'];
const ODD_KEYS = ['yes', 'On', 'null', 'y', '__proto__', 'constructor', 'toString', 'key with space', '"quoted"', "'q'", 'é', '<<', '? k', '-k'];
const SCALARS = [
  'Retours sur dotScale 2014', 'sécurité', 'post', 'fr', 'en', '/fr/retours-sur-dotscale-2014/', '1,000', '012', '0x1f', '1e5', '1.5', '12:30', '2014-06-04', '2014-02-30',
  '2014-06-04 15:27:59 +0200', '2014-06-04T15:27:59Z', '~', 'null', 'NULL', 'true', 'No', 'off', 'y', "'it''s'", "'single'", "''", '""', '"double"', '"a b"  # c', "'a' # c",
  '"b"#c', '[a, b]', '[]', '[ ]', '[ a ,b ]', '[php,symfony]', '[1, 2.5, yes]', '[a,]', '[a, [b]]', '[a, "b"]', 'a # comment', 'a#b', 'a: b', 'a:', 'a:b', '-1', '+12', '.inf',
  '-.inf', '.nan', '1_000', '0b101', 'x  ', 'nbsp\u00a0', '\u00a0', 'emoji 🎉', 'C#', 'a ]', '{a: 1}', '&anchor x', '*alias', '!!str 12', '"esc \\" aped"', '"a\\tb"', "'unclosed",
  '"x" y', 'a...b', '...', '%x', '@x', '`x`', '?x', ':x', '- x', '[' .repeat(70), `"${'{'.repeat(70)}"`,
];
const SIMPLE_SCALARS = SCALARS.slice(0, 41);
const COMMENTS = ['# comment', '  # indented comment', ' # c', '#'];
const BLANKS = ['', ' ', '   '];

const keyArb = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });
const scalarArb = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...SIMPLE_SCALARS) }, { weight: 1, arbitrary: fc.constantFrom(...SCALARS) });
const gapArb = fc.oneof({ weight: 10, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...BLANKS, ...COMMENTS), { minLength: 1, maxLength: 2 }) });

const scalarEntry = fc.tuple(keyArb, scalarArb, fc.constantFrom('', '', '', ' ', '  # c', ' #c')).map(([k, v, tail]) => [`${k}: ${v}${tail}`]);
const emptyEntry = fc.tuple(keyArb, fc.constantFrom('', '', ' ', '   ', ' # c', ' #')).map(([k, tail]) => [`${k}:${tail}`]);
const itemArb = fc.oneof(
  { weight: 8, arbitrary: scalarArb.map((v) => `- ${v}`) },
  { weight: 2, arbitrary: fc.constantFrom('-', '- ', '-   # c', '- # c', '-  ', '- a # c', '- x\u00a0') },
  { weight: 1, arbitrary: fc.constantFrom('-\u00a0x', '-- x', '-x', '- - x', '- a: b') },
);
const listEntry = fc
  .tuple(keyArb, fc.constantFrom('', '', '', ' # list'), fc.nat({ max: 2 }), fc.array(fc.tuple(itemArb, gapArb, fc.nat({ max: 20 })), { maxLength: 5 }), gapArb)
  .map(([k, tail, indent, items, after]) => [
    `${k}:${tail}`,
    ...items.flatMap(([item, gap, odd]) => [`${' '.repeat(odd === 0 ? indent + 1 : indent)}${item}`, ...gap]),
    ...after,
  ]);
const mapEntry = fc
  .tuple(keyArb, fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(scalarArb, fc.constantFrom('', ' # c')), gapArb, fc.nat({ max: 20 })), { minLength: 1, maxLength: 4 }), gapArb)
  .map(([k, indent, entries, after]) => [
    `${k}:`,
    ...entries.flatMap(([nk, v, gap, odd]) => [`${' '.repeat(odd === 0 ? indent + 1 : indent)}${nk}:${v.startsWith(' ') || v === '' ? v : ` ${v}`}`, ...gap]),
    ...after,
  ]);
const blockEntry = fc
  .tuple(keyArb, fc.constantFrom('|', '|-', '>', '>-', '| ', '|', '|-', '>', '>-', '|+', '>2', '> # c'), fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(scalarArb, fc.nat({ max: 12 })), { maxLength: 3 }), fc.constantFrom(...BLANKS, '# after', '  # indented after', 'none'))
  .map(([k, header, indent, content, after]) => [
    `${k}: ${header}`,
    ...content.map(([v, odd]) => (odd === 0 ? '' : odd === 1 ? `${' '.repeat(indent)}  more ${v}` : odd === 2 ? `${' '.repeat(indent)}${v}  ` : `${' '.repeat(indent)}${v}`)),
    ...(after === 'none' ? [] : [after]),
  ]);
const oddLine = fc.constantFrom('# comment', '', '   ', '  # indented comment', '---x', '...x', '  key: x', 'key : x', 'key:x', '- key', 'key:\tx', '? key', 'key: x\r', '%YAML 1.1', 'a: &x 1', 'b: *x', '<<: {c: 1}', 'k: !!int 3');

const frontMatterArb = fc
  .record({
    bom: fc.oneof({ weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    eol: fc.oneof({ weight: 5, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constant('\r\n') }),
    closer: fc.constantFrom('---', '---', '---', '...', '--- ', '...  ', 'none'),
    entries: fc.array(
      fc.oneof({ weight: 10, arbitrary: scalarEntry }, { weight: 2, arbitrary: emptyEntry }, { weight: 4, arbitrary: listEntry }, { weight: 2, arbitrary: mapEntry }, { weight: 2, arbitrary: blockEntry }, { weight: 1, arbitrary: oddLine.map((l) => [l]) }),
      { maxLength: 10 },
    ),
  })
  .map(({ bom, eol, closer, entries }) => {
    const lines = entries.flat();
    const fence = closer === 'none' ? '' : `${closer}${eol}`;
    return `${bom ? '\ufeff' : ''}---${eol}${lines.map((l) => l + eol).join('')}${fence}${eol}Body.${eol}`;
  });

describe('the fast path of parseFrontMatter gives exactly what the full parse gives', () => {
  // The project's fixtures, and the real blogs of ../shared/corpora read in place when present.
  const shared = join(repo, '..', 'shared', 'corpora');
  const fixtures = [...postFiles(join(repo, 'test', 'fixtures'))];
  const files = [...fixtures, ...(existsSync(shared) ? postFiles(shared) : [])];

  it('finds fixture posts (and drafts, when there are) to replay', () => {
    assert.ok(fixtures.length >= 40, `found ${fixtures.length} fixture files`);
    if (existsSync(shared)) assert.ok(files.length >= fixtures.length + 140, `found ${files.length - fixtures.length} files in ${shared}`);
    assert.ok(files.every((f) => f.includes(`${sep}_posts${sep}`) || f.includes(`${sep}_drafts${sep}`)));
  });

  it('reads every fixture post and draft as the full parse does', () => {
    let fast = 0;
    for (const file of files) if (bothPaths(readFileSync(file, 'utf8'))) fast++;
    assert.ok(fast > files.length / 2, `only ${fast} of ${files.length} fixtures took the fast path`);
  });

  it('takes the fast path for the seed post', () => {
    const folder = join(repo, 'test', 'fixtures', 'seed', '_posts');
    const names = readdirSync(folder).filter((n) => n.endsWith('.md'));
    assert.ok(names.length > 0);
    for (const name of names) {
      const text = readFileSync(join(folder, name), 'utf8');
      const fast = parseFrontMatterFast(text);
      assert.ok(fast, `${name} falls back to the full parser`);
      assert.ok(fast.fields.size >= 5 && fast.problems.length === 0);
      assert.deepStrictEqual(comparable(fast), comparable(parseFrontMatterFull(text)));
    }
  });

  it('reports duplicate keys as the full parse does', () => {
    const text = '---\ntitle: a\ntags:\n- x\ntitle: "b"\ntags: [y]\ntitle: c\n---\n';
    assert.ok(parseFrontMatterFast(text), 'read by the fast path');
    assert.ok(bothPaths(text));
    assert.equal(parseFrontMatter(text).problems.filter((p) => p.kind === 'duplicate-key').length, 3);
  });

  it('reads a comment after a list or a nested mapping', () => {
    for (const text of ['---\ntags:\n- php\n- go\n# imported from WordPress\n---\n', '---\nm:\n  x: 1 # c\n# c\n\n  # d\nt: x\n---\n']) {
      assert.ok(parseFrontMatterFast(text), JSON.stringify(text));
      assert.ok(bothPaths(text));
    }
  });

  it('leaves what it cannot place exactly to the full parser', () => {
    for (const text of ['---\na: &x 1\nb: *x\n---\n', '---\nl:\n- a\n  # after\nb: 1\n---\n', '---\nl:\n-\n# after\nb: 1\n---\n', `---\nt: "${'['.repeat(70)}"\n---\n`, '---\nk: |\n  a\n\n  b\n---\n']) {
      assert.equal(parseFrontMatterFast(text), undefined, JSON.stringify(text));
      bothPaths(text);
    }
  });

  it(`agrees with the full parse on ${RUNS} generated front matters (seed ${SEED}), most of them read by the fast path`, () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(frontMatterArb, (text) => {
        total++;
        if (bothPaths(text)) fast++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(fast > total * 0.35, `only ${fast} of ${total} took the fast path`);
    assert.ok(fast < total, 'some took the full parser');
  });
});

test('the scanner splits key lines exactly as the key expression it replaces', () => {
  const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
  const lines = ['title: A', 'title:', 'title:  two spaces', 'title: ', 'title:x', 'ti-tle_2: v', '_x: y', '9x: y', '-x: y', 'x : y', 'x:\ty', 'x: a: b', 'é: y', `${'k'.repeat(100)}: v`, `${'k'.repeat(101)}: v`, 'k: #c', ':', '', 'x', 'x:: y', 'x: \u00a0y'];
  for (const line of lines) {
    const m = KEY.exec(line);
    assert.deepEqual(splitKeyLine(line), m ? [m[1], m[2] ?? ''] : undefined, JSON.stringify(line));
  }
});

test('the scanner splits list item lines exactly as the item expression it replaces', () => {
  const ITEM = /^( *)-(?: +(.*))?$/;
  const lines = ['- a', '-', '- ', '-a', '  - b c', '   -   spaced', '--', '- - nested', ' -', 'x - y', '', '\t- tab', '- #c', '-  '];
  for (const line of lines) {
    const m = ITEM.exec(line);
    assert.deepEqual(splitItemLine(line), m ? [m[1].length, m[2] ?? ''] : undefined, JSON.stringify(line));
  }
});

test('the quick test for unsafe characters finds every one the full expression finds', () => {
  // Every UTF-16 code unit alone, between letters, and before a line feed; every surrogate pair kind.
  const samples: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    samples.push(ch, `a${ch}b`, `${ch}\n`);
  }
  samples.push('\ud83d\ude00', 'a\ud83d', '\ude00a', '\r\n', 'a\rb', 'a\r', '\n\r\n');
  let unsafe = 0;
  for (const s of samples) {
    if (!UNSAFE.test(s)) continue;
    unsafe++;
    assert.ok(MAYBE_UNSAFE.test(s), JSON.stringify(s));
  }
  assert.ok(unsafe > 2000, `${unsafe} unsafe samples`);
  // A safe text with an emoji is checked again by the full expression: still safe.
  assert.equal(MAYBE_UNSAFE.test('title: 😀') && UNSAFE.test('title: 😀'), false);
});

test('the quick wordish test answers only where the Unicode expression matches', () => {
  // Every first character (code units and an astral letter) followed by every second one of a varied set.
  const seconds = ['', 'a', 'Z', '_', '0', '-', '.', ':', ' ', 'é', '\u0301', '😀', '\ud83d', '!', '/'];
  let quick = 0;
  for (let c = 0; c <= 0xffff; c++) {
    for (const second of seconds) {
      const s = String.fromCharCode(c) + second;
      if (!startsWordish(s)) continue;
      quick++;
      assert.ok(WORDISH.test(s), JSON.stringify(s));
    }
  }
  for (const s of ['𝒜b', '😀a', 'ab', '/fr/x', '-a', '.a', '1a']) if (startsWordish(s)) assert.ok(WORDISH.test(s), s);
  // Most texts that open with a letter or a slash are answered without the expression.
  assert.ok(quick > 60000, `${quick} quick answers`);
  for (const s of ['post', '/fr/article/', '_draft', 'Non classé']) assert.equal(startsWordish(s), true, s);
});
