import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// A draft named without an extension. Jekyll 4.3.1, `jekyll build --drafts` of a site with
// `_drafts/notes` and `_drafts/notes.md` (same front matter): _site holds only
// 2026/12/05/notes.html, from notes.md; `_drafts/notes` is neither a document nor a copied file
// (its reader's pattern needs an extension). `jekyll-posts urls --drafts` listed it at /2026/12/05/notes.

const TEXT = '---\ntitle: n\n---\nx\n';
const SETTINGS = { now: new Date('2026-12-05T12:00:00Z'), drafts: true, machineZone: 'UTC' };

test('a draft without an extension is no document, even with --drafts', () => {
  const config = readConfig('title: t\n');
  assert.equal(documentVerdict('_drafts/notes', TEXT, config, SETTINGS), undefined);
  assert.equal(documentVerdict('_drafts/notes.md', TEXT, config, SETTINGS)?.url, '/2026/12/05/notes.html');
});
