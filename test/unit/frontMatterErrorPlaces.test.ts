import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/core/site/frontMatter';

// Where a front matter that does not parse is reported: where Ruby's loader (Psych 4, Ruby 3.1,
// as Jekyll 4.3.1 loads front matter) says it fails. Each line and column below is Ruby's, from
//   printf '%s' "$yaml" | ruby -rpsych -e 'begin; Psych.safe_load(STDIN.read); rescue => e; puts e.message; end'
// e.g. "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 8" for
// "title: [A\nx: 1\n": the bracket left open, not the end of the text where the parser notices it.

/** As it was before any front matter was read (the tests before read broken ones too; `./helpers` reads some as it loads). */
const STACK_TRACE_LIMIT = Error.stackTraceLimit;

/** The first problem: its kind, its text, and the line and column (1-based, in the YAML) where it starts. */
const firstProblem = (yaml: string) => {
  const text = `---\n${yaml}---\n`;
  const p = parseFrontMatter(text).problems[0];
  const before = text.slice(4, p.range.start).split('\n');
  return [p.kind, text.slice(p.range.start, p.range.end), before.length, before[before.length - 1].length + 1];
};

describe('front matter YAML errors are reported where Ruby reports them', () => {
  it('a flow list or mapping left open: on its opening bracket, as far as its line goes', () => {
    assert.deepEqual(firstProblem('title: [A\nx: 1\n'), ['yaml-error', '[A', 1, 8]);
    assert.deepEqual(firstProblem('title: [A,\n  B\n'), ['yaml-error', '[A,', 1, 8]);
    assert.deepEqual(firstProblem('a: {b: 1\nc: 2\n'), ['yaml-error', '{b: 1', 1, 4]);
    assert.deepEqual(firstProblem('a: [x\n\n\n'), ['yaml-error', '[x', 1, 4]);
    assert.deepEqual(firstProblem('a: [x,\n  y\n  \n'), ['yaml-error', '[x,', 1, 4]);
    assert.deepEqual(firstProblem('a: x\nb: [y\n# c\n'), ['yaml-error', '[y', 2, 4]);
    assert.deepEqual(firstProblem('a: [b, {c: d]\n'), ['yaml-error', '{c: d]', 1, 8]);
    assert.deepEqual(firstProblem('a:\n  - [x\n'), ['yaml-error', '[x', 2, 5]);
    assert.deepEqual(firstProblem('- [x\n'), ['yaml-error', '[x', 1, 3]);
    // A list or mapping closed inside the open one is not the one left open.
    assert.deepEqual(firstProblem('a: [[x], y\n'), ['yaml-error', '[[x], y', 1, 4]);
    assert.deepEqual(firstProblem('a: [{x: 1}, y\n'), ['yaml-error', '[{x: 1}, y', 1, 4]);
    // A bracket inside quotes or after `#` closes nothing.
    assert.deepEqual(firstProblem('a: ["]", b\n'), ['yaml-error', '["]", b', 1, 4]);
    assert.deepEqual(firstProblem("a: [']', b\n"), ['yaml-error', "[']', b", 1, 4]);
    assert.deepEqual(firstProblem('a: [b # ]\n'), ['yaml-error', '[b # ]', 1, 4]);
    assert.deepEqual(firstProblem('a: [c, ["]", d\n'), ['yaml-error', '["]", d', 1, 8]);
    assert.deepEqual(firstProblem("a: [c, [']', d\n"), ['yaml-error', "[']', d", 1, 8]);
    assert.deepEqual(firstProblem('a: [c, [d # ]\n'), ['yaml-error', '[d # ]', 1, 8]);
  });

  it('a character that cannot start a value, inside a flow list: on that character, not on the bracket', () => {
    assert.deepEqual(firstProblem('a: [x, @y]\n'), ['yaml-error', '@', 1, 8]);
  });

  it('a key without a colon: on the key', () => {
    assert.deepEqual(firstProblem('a: 1\nb\nc: 2\n'), ['yaml-error', 'b', 2, 1]);
  });

  it('the problem names the parser\'s reason on one line, without the parser\'s own position', () => {
    const details = (yaml: string) => parseFrontMatter(`---\n${yaml}---\n`).problems.map((p) => p.detail);
    assert.deepEqual(details('title: [A\nx: 1\n'), ['Flow sequence in block collection must be sufficiently indented and end with a ]']);
    assert.deepEqual(details('a: 1\nb\nc: 2\n'), ['Implicit map keys need to be followed by map values']);
  });

  it('reading a broken front matter leaves error stack traces on for the rest of the program', () => {
    assert.equal(parseFrontMatter('---\ntitle: [A\n---\n').problems[0]?.kind, 'yaml-error');
    assert.equal(Error.stackTraceLimit, STACK_TRACE_LIMIT);
  });

  it('a quoted value never closed: on its opening quote', () => {
    assert.deepEqual(firstProblem('a: "x\n'), ['yaml-error', '"x', 1, 4]);
    assert.deepEqual(firstProblem("a: 'x\n"), ['yaml-error', "'x", 1, 4]);
    assert.deepEqual(firstProblem('a: 1\nb: "x\n\n'), ['yaml-error', '"x', 2, 4]);
    assert.deepEqual(firstProblem('a: 1\nb: "x   \n'), ['yaml-error', '"x', 2, 4]);
    assert.deepEqual(firstProblem('"x\n'), ['yaml-error', '"x', 1, 1]);
    // Ruby: line 1 column 3; reported on the whole line.
    assert.deepEqual(firstProblem('- "x\n'), ['yaml-error', '- "x', 1, 1]);
    assert.deepEqual(firstProblem('- "x\n\n\n'), ['yaml-error', '- "x', 1, 1]);
  });
});
