import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';

// post-url-broken on `{% link %}`: a name no file has stops `jekyll build` (4.3.1: "Could not find
// document 'abot.md' in tag 'link'"); the fixes name the nearest files, preferred only when there is one.

const POST = '---\ntitle: A\n---\n';

function fixes(argument: string, files: string[]): [string, boolean][][] {
  const text = `---\ntitle: T\n---\nSee [it]({% link ${argument} %}).\n`;
  const others = Object.fromEntries(files.map((f) => [f, POST]));
  return lintCase({ text, others, files }, 'post-url-broken').map((f) => (f.fixes ?? []).map((x) => [formatMessage(x.title), x.preferred === true]));
}

test('{% link %} to no file: one near file is the preferred fix, two are offered as equals', () => {
  assert.deepEqual(fixes('abot.md', ['about.md']), [[['Use `about.md`', true]]]);
  assert.deepEqual(fixes('abot.md', ['about.md', 'abut.md']), [[['Use `about.md`', false], ['Use `abut.md`', false]]]);
});
