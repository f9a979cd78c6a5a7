// What the linter makes of a file's bytes before any rule runs: a binary file or invalid UTF-8 is
// one finding on the whole file; a file over 10 MB is checked on its front matter alone, with a
// notice saying so; the CLI decodes only the front matter when no rule reads the body.
import { strict as assert } from 'node:assert';
import { isUtf8 } from 'node:buffer';
import { describe, it } from 'node:test';
import { decodeFile, decodeForRules, MAX_FULL_TEXT_BYTES } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { Finding, Rule } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';

const MB = 1024 * 1024;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** `head`, then `x` up to `size` bytes, with `at` pieces written at given offsets. */
function bytesOf(head: string, size: number, at: [number, string][] = []): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x78);
  bytes.set(enc.encode(head), 0);
  for (const [offset, text] of at) bytes.set(enc.encode(text), offset);
  return bytes;
}

const shown = (f: Finding) => [f.rule, f.severity, f.range.start, f.range.end, formatMessage(f.message)];

describe('a file that is not text', () => {
  it('NUL bytes in the first 8 KB: one error on the whole file, also when the CLI decodes for its rules', () => {
    const bytes = bytesOf('---\ntitle: x\n---\nbody\n', 100, [[40, '\0']]);
    for (const decoded of [decodeFile(bytes), decodeForRules(bytes, allRules, isUtf8)]) {
      assert.equal(decoded.ok, false);
      assert.ok(!decoded.ok);
      assert.deepEqual(shown(decoded.finding), ['front-matter-syntax', 'error', 0, 0, 'This file is not text (it holds NUL bytes); Jekyll cannot read it as a post.']);
    }
  });

  it('a NUL byte past the first 8 KB does not make it binary', () => {
    const bytes = bytesOf('---\ntitle: x\n---\n', 9000, [[8999, '\0']]);
    const decoded = decodeFile(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, dec.decode(bytes));
    assert.equal(decoded.notice, undefined);
  });

  it('invalid UTF-8: one error on the whole file', () => {
    const decoded = decodeFile(new Uint8Array([...enc.encode('---\ntitle: '), 0xc3, 0x28, 10, ...enc.encode('---\n')]));
    assert.ok(!decoded.ok);
    assert.deepEqual(shown(decoded.finding), ['front-matter-syntax', 'error', 0, 0, 'This file is not valid UTF-8; Jekyll fails on it.']);
  });
});

describe('a file over 10 MB', () => {
  const size = 11 * MB + 123;
  const notice = ['front-matter-syntax', 'info', 0, 0, 'This file is 11 MB; only its front matter was checked.'];

  /** decodeFile and decodeForRules agree on a large file: its front matter, up to the end of the closing line. */
  function frontMatterOf(bytes: Uint8Array): string {
    const decoded = decodeFile(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.truncated, true);
    assert.deepEqual(decoded.notice && shown(decoded.notice), notice);
    assert.deepEqual(decodeForRules(bytes, allRules, isUtf8), decoded);
    return decoded.text;
  }

  it('keeps the front matter up to its closing `---` line, past lines that only look like one', () => {
    // Lines that start with `-` or `.` (a list item, `--x`, `.hidden`, ...) or hold `---` inside do not close it.
    const head = '---\ntitle: a---b\n- item\nab-c: 1\nx--y: 2\n-a-b: 3\n--x: 4\n.hidden: 5\nab.c: 6\nx..y: 7\n.a.b: 8\n..y: 9\n---\n';
    assert.equal(frontMatterOf(bytesOf(head, size, [[5000, '\n'], [5 * MB, '\n']])), head);
  });

  it('or up to a closing `...` line', () => {
    const head = '---\ntitle: x\n...\n';
    assert.equal(frontMatterOf(bytesOf(head, size, [[5000, '\n']])), head);
  });

  it('keeps the whole text when nothing follows the closing line but one endless line', () => {
    const bytes = bytesOf('---\ntitle: x\n---', size);
    assert.equal(frontMatterOf(bytes), dec.decode(bytes));
  });

  it('keeps up to the last line end of the first MB when no closing line is in it', () => {
    // A closing line at 1.5 MB is not looked for.
    const bytes = bytesOf('---\ntitle: x\n', size, [[500_000, '\n'], [1.5 * MB, '\n---\n']]);
    assert.equal(frontMatterOf(bytes), dec.decode(bytes.subarray(0, 500_001)));
    // A closing line that starts 3 bytes before the 1 MB mark is past it.
    const edge = bytesOf('---\ntitle: x\n', size, [[MB - 3, '\n---\n']]);
    assert.equal(frontMatterOf(edge), dec.decode(edge.subarray(0, MB - 2)));
    const after = bytesOf('---\ntitle: x\n', size, [[MB, '\n---\n']]);
    assert.equal(frontMatterOf(after), dec.decode(after.subarray(0, MB + 1)));
  });

  it('keeps the first MB when it holds no line end past the first byte', () => {
    const bytes = bytesOf('\n', size);
    assert.equal(frontMatterOf(bytes), dec.decode(bytes.subarray(0, MB)));
    const none = bytesOf('', size);
    assert.equal(frontMatterOf(none), dec.decode(none.subarray(0, MB)));
  });

  it('exactly 10 MB is still read whole', () => {
    const bytes = bytesOf('---\ntitle: x\n---\nbody\n', MAX_FULL_TEXT_BYTES);
    const whole = decodeFile(bytes);
    assert.ok(whole.ok);
    assert.equal(whole.truncated, false);
    assert.equal(whole.notice, undefined);
    assert.equal(whole.text.length, MAX_FULL_TEXT_BYTES);
    // The CLI, whose rules do not read this body, decodes the front matter alone.
    const alone = decodeForRules(bytes, allRules, isUtf8);
    assert.ok(alone.ok);
    assert.equal(alone.frontMatterOnly, true);
    assert.equal(alone.text, '---\ntitle: x\n---\n');
  });
});

describe('decoding for the rules that run', () => {
  const text = '---\ntitle: x\n---\nPlain body.\n';

  it('a rule that reads every body gets the whole text', () => {
    const readsAll: Rule = { id: 'reads-all', defaultSeverity: 'warning', readsBody: true, check() {} };
    const decoded = decodeForRules(enc.encode(text), [readsAll], isUtf8);
    assert.ok(decoded.ok);
    assert.equal(decoded.frontMatterOnly, undefined);
    assert.equal(decoded.text, text);
  });

  it('rules that do not read this body get the front matter alone, not marked truncated', () => {
    const decoded = decodeForRules(enc.encode(text), allRules, isUtf8);
    assert.ok(decoded.ok);
    assert.deepEqual([decoded.text, decoded.frontMatterOnly, decoded.truncated, decoded.notice], ['---\ntitle: x\n---\n', true, false, undefined]);
  });
});
