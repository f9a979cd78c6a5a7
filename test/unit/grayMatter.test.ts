import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import matter from 'gray-matter';
import { parseFrontMatterData, splitFrontMatter } from '../../src/core/site/frontMatter';
import { JekyllValue } from '../../src/core/site/scalars';
import { YamlTimestamp } from '../../src/core/site/timestamp';

/**
 * gray-matter (js-yaml 3, YAML 1.2-like) as a differential oracle for the project's front matter
 * split and data (Jekyll's pattern, Psych/SafeYAML typing). Every difference on generated posts must
 * fall in a class that docs/gray-matter.md documents; each documented class must be seen.
 */
const RUNS = Number(process.env.GRAY_MATTER_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const root = join(__dirname, '..', '..', '..');

const KEYS = ['title', 'lang', 'date', 'tags', 'published', 'permalink', 'count', 'x'];
const SCALARS = [
  'Hello', 'post', "'quoted'", '"double"', 'yes', 'No', 'on', 'OFF', 'true', 'False', 'y', '~', 'null', '', '1,000', '1_000', '012', '0x1F', '0o12', '12:30', '1e5', '1.5', '.5', '+1',
  '2014-06-04', '2014-6-4', '2014-13-45', '2014-06-04 15:27:59', '2014-06-04T15:27:59Z', '2014-06-04 15:27:59 +0200', '2014-06-04T15:27:59+02:00', '[php, symfony]', 'php, symfony', '{a: 1}',
  'é', '日本語', '"a: b"', '!!str 12', '!ruby/object Foo', '|\n  block text', '>\n  folded',
];
const postArb = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    opener: fc.constantFrom('---', '---', '---', '--- ', '---yaml'),
    closer: fc.constantFrom('---', '---', '---', '...', '--- ', ''),
    lines: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`) },
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.array(fc.constantFrom(...SCALARS), { minLength: 1, maxLength: 3 })).map(([k, items]) => `${k}:${items.map((i) => `\n  - ${i}`).join('')}`) },
        { weight: 1, arbitrary: fc.constantFrom('- a list item', '# a comment', '') },
      ),
      { maxLength: 8 },
    ),
    blankAfter: fc.constantFrom('', '', '\n'),
    body: fc.constantFrom('Body.', '', 'Text with --- inside', '---\nnot front matter\n'),
  })
  .map(({ bom, eol, opener, closer, lines, blankAfter, body }) =>
    `${bom ? '\ufeff' : ''}${opener}${eol}${lines.join('\n').split('\n').join(eol)}${eol}${closer}${closer ? eol : ''}${blankAfter}${body}`);

type Theirs = { data: unknown; content: string } | { error: string };

function grayMatter(text: string): Theirs {
  try {
    const r = matter(text, {}); // an options object: gray-matter caches results by text otherwise
    return { data: r.data, content: r.content };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] };
  }
}

/** The class of a difference between two values, or undefined when they agree. */
function leafClass(ours: JekyllValue | undefined, theirs: unknown): string | undefined {
  if (ours instanceof YamlTimestamp) {
    if (theirs instanceof Date) {
      if (ours.kind === 'date') return 'date-local-midnight';
      return ours.epochSeconds() === Math.floor(theirs.getTime() / 1000) ? undefined : 'time-differs';
    }
    if (typeof theirs === 'string') return /\d\s+[-+Z]/.test(theirs) ? 'time-zone-after-space' : 'single-digit-date';
    return 'unclassified';
  }
  if (typeof ours === 'boolean' && typeof theirs === 'string') return 'yaml11-booleans';
  if (typeof ours === 'number' && typeof theirs === 'number' && ours !== theirs) return ours === theirs * 60 ? 'sexagesimal' : 'unclassified';
  if (typeof ours === 'number' && typeof theirs === 'string' && theirs.includes(',')) return 'integer-commas';
  if (typeof ours === 'string' && typeof theirs === 'number') return 'float-without-dot';
  if (typeof ours === 'string' && theirs instanceof Date) return 'impossible-date';
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (ours.length !== theirs.length) return 'unclassified';
    for (let i = 0; i < ours.length; i++) {
      const c = leafClass(ours[i], theirs[i]);
      if (c) return c;
    }
    return undefined;
  }
  if (ours && typeof ours === 'object' && theirs && typeof theirs === 'object' && !Array.isArray(ours) && !Array.isArray(theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const key of keys) {
      const c = leafClass((ours as Record<string, JekyllValue>)[key], (theirs as Record<string, unknown>)[key]);
      if (c) return c;
    }
    return undefined;
  }
  return Object.is(ours, theirs) ? undefined : 'unclassified';
}

/** Every class of difference found in one post (empty: they agree). */
function compare(text: string): string[] {
  const block = splitFrontMatter(text);
  const theirs = grayMatter(text);
  const base = block.bom ? 1 : 0;
  const firstLine = text.slice(base, text.indexOf('\n', base) === -1 ? text.length : text.indexOf('\n', base));
  if (block.opened && !block.closed) return ['unclosed'];
  if (!block.opened) return /^---\S/.test(firstLine) ? ['opening-line'] : 'error' in theirs || (theirs.data && Object.keys(theirs.data as object).length) ? ['unclassified'] : [];
  const yaml = text.slice(block.yamlRange.start, block.yamlRange.end);
  if (text.slice(block.closeRange!.start, block.closeRange!.start + 3) === '...') return ['dots-closer'];
  if ('error' in theirs) {
    if (/duplicated mapping key/.test(theirs.error)) return ['duplicate-keys'];
    if (/unknown tag/.test(theirs.error)) return ['tags'];
    return parseFrontMatterData(text) === undefined ? [] : ['unclassified'];
  }
  const classes = new Set<string>();
  const ours = parseFrontMatterData(text);
  if (ours === undefined) {
    classes.add(Array.isArray(theirs.data) ? 'not-a-mapping' : 'lenient-yaml');
  } else {
    const c = leafClass(ours, theirs.data);
    if (c) classes.add(c);
  }
  const body = text.slice(block.bodyStart).replace(/\r\n/g, '\n');
  const content = theirs.content.replace(/\r\n/g, '\n');
  if (body !== content) classes.add(body.trimStart() === content.trimStart() ? 'body-start' : 'unclassified');
  return [...classes];
}

function documentedClasses(): string[] {
  const doc = readFileSync(join(root, 'docs', 'gray-matter.md'), 'utf8');
  return [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
}

describe('gray-matter as a differential oracle for the front matter split and data', () => {
  it(`finds only documented differences on ${RUNS} generated posts, and sees every documented one`, () => {
    const documented = new Set(documentedClasses());
    const seen = new Map<string, number>();
    let agreed = 0;
    fc.assert(
      fc.property(postArb, (text) => {
        const classes = compare(text);
        if (classes.length === 0) agreed++;
        for (const c of classes) {
          seen.set(c, (seen.get(c) ?? 0) + 1);
          assert.ok(documented.has(c), `an undocumented difference (${c}) on ${JSON.stringify(text)}:\n${JSON.stringify(grayMatter(text))}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    assert.deepEqual([...documented].filter((c) => !seen.has(c)), [], `documented classes never seen in ${RUNS} posts`);
    assert.ok(agreed > RUNS / 10, `only ${agreed} of ${RUNS} posts agree`);
  });

  it('documents each class once', () => {
    const classes = documentedClasses();
    assert.equal(new Set(classes).size, classes.length);
    assert.ok(classes.length >= 10, classes.join());
  });

  it('agrees with gray-matter on a plain post: the split, the data and the body', () => {
    assert.deepEqual(compare('---\ntitle: Hello\ntags: [php, symfony]\n---\nBody.\n'), []);
    assert.deepEqual(compare('---\ndate: 2014-06-04 15:27:59 +0200\n---\n'), ['time-zone-after-space']);
    assert.deepEqual(compare('---\ndraft: yes\n---\n'), ['yaml11-booleans']);
  });
});
