import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintCase } from './ruleCases';

// A file in `_posts` without front matter: Jekyll 4.3.1 reads it all the same (_posts/2024-02-30-x.md
// holding one line of text is built, as /2024/03/01/x.html), and skips one whose name has no date
// (_posts/notes.md is not built). A finding about the whole file sits where the opening fence would
// be: an empty range at its very start.

describe('a post without front matter', () => {
  it('gets the finding about its name at the start of the file', () => {
    const findings = lintCase({ path: '_posts/notes.md', text: 'Just notes.\n' }, 'filename-invalid');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.range]),
      [['filename-invalid', { start: 0, end: 0 }]],
    );
  });
});
