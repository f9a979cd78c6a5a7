import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyTextEdits } from '../../src/core/lint/fix';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';

// filename-invalid's fixes move the file and nothing else: after each, the file holds the very bytes
// it held (front matter, CRLF and all). Jekyll 4.3.1 skips `_posts/Mon Article.md` (no date in its
// name); the lint runs on 26 November 2026 (ruleCases).
test('filename-invalid: the rename to today’s date and the move to `_drafts/` keep the file’s bytes', () => {
  const text = '---\r\ntitle: Mon Article # kept\r\n---\r\n\r\nBody.\r\n';
  const findings = lintCase({ path: 'blog/_posts/Mon Article.md', text }, 'filename-invalid');
  assert.equal(findings.length, 1);
  const fixes = findings[0].fixes ?? [];
  assert.deepEqual(
    fixes.map((f) => [formatMessage(f.title), f.rename?.to, applyTextEdits(text, f.edits) === text]),
    [
      ['Rename the file to 2026-11-26-mon-article.md (today’s date: it will be published)', 'blog/_posts/2026-11-26-mon-article.md', true],
      ['Move it to `_drafts/` (not published)', 'blog/_drafts/Mon Article.md', true],
    ],
  );
});
