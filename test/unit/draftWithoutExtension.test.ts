// Jekyll reads a draft only when its name has an extension (PostReader#read_drafts matches
// Document::DATELESS_FILENAME_MATCHER): in a `jekyll build --drafts --verbose` of jekyll 4.3.1 with
// `---\ntitle: [\n---` in both, `_drafts/other.md` is read ("Reading:", then its YAML exception)
// and `_drafts/notes` is not. A fix that breaks or mends the front matter of `_drafts/notes`
// changes nothing Jekyll builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentState, fixChange, SafetyContext } from '../../src/core/lint/fixSafety';
import { readConfig } from '../../src/core/site/config';

const context: SafetyContext = { config: readConfig('title: t\n'), model: { now: new Date('2026-12-05T00:00:00Z'), drafts: true, machineZone: 'UTC' } };
const BROKEN = '---\ntitle: [\n---\nx\n';

test('front matter Jekyll cannot read: the draft with an extension is read, the one without is skipped', () => {
  assert.deepEqual([documentState('_drafts/other.md', BROKEN, context).read, documentState('_drafts/notes', BROKEN, context).read], [true, false]);
});

test('breaking the front matter of a draft without an extension changes nothing Jekyll builds', () => {
  const text = '---\ntitle: ok\n---\nx\n';
  const edits = [{ range: { start: text.indexOf('ok'), end: text.indexOf('ok') + 2 }, newText: '[' }];
  assert.equal(fixChange({ path: '_drafts/notes', text }, edits, undefined, context), undefined);
  // With an extension, Jekyll read the draft and no longer can: it would stop building it.
  assert.notEqual(fixChange({ path: '_drafts/notes.md', text }, edits, undefined, context), undefined);
});

test('renaming a draft without an extension moves nothing on the site (the build above wrote no file at all)', () => {
  const text = '---\ntitle: ok\n---\nx\n';
  assert.equal(fixChange({ path: '_drafts/notes', text }, [], { from: '_drafts/notes', to: '_drafts/notes-2' }, context), undefined);
});
