/**
 * Links next to code, with escapes that do not decode, and headings with an explicit id: what a
 * jekyll 4.3.1 build of the same post made of them (kramdown, GFM input):
 *
 *   `x` [a](/nothing/)            → <p><code>x</code> <a href="/nothing/">a</a></p>
 *   ```\ncode [b](/inside/)\n```  → a code block: no link
 *   ## Intro  {#start}            → <h2 id="start">Intro</h2>
 *   See [c](/100%zz/).            → <a href="/100%zz/">c</a>
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';
import { bodyAnchors } from '../../src/core/site/links';

const BODY = '`x` [a](/nothing/)\n\n```\ncode [b](/inside/)\n```\n\n## Intro  {#start}\n\nSee [c](/100%zz/).\n';
const TEXT = `---\ntitle: T\n---\n${BODY}`;

test('link-broken: a line opening with a code span is no fence; an escape that does not decode is kept as written', () => {
  const found = lintCase({ text: TEXT }, 'link-broken').map((f) => ({ at: TEXT.slice(f.range.start, f.range.end), args: [...f.message.args] }));
  assert.deepEqual(found, [
    { at: '/nothing/', args: ['/nothing/'] },
    { at: '/100%zz/', args: ['/100%zz/'] },
  ]);
});

test('a heading with an explicit id: the id, and its text as kramdown prints it (spaces before `{#id}` dropped)', () => {
  const anchors = bodyAnchors(TEXT, TEXT.indexOf(BODY)).map(({ id, text }) => ({ id, text }));
  assert.deepEqual(anchors, [{ id: 'start', text: 'Intro' }]);
});
