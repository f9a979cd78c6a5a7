import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// author-unknown on a site with an author registry (`_authors/<login>.md`): which values are
// logins to check, which near logins are offered, and when a single `authors` string should be a
// list. Jekyll itself has no author registry: these follow the site's own files.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const post = (authors: string): string => `---\ntitle: X\nauthors: ${authors}\n---\n`;

function lint(c: SiteCase): { where: string; message: string; fixes: string[] }[] {
  return lintCase(c, 'author-unknown').map((f) => ({
    where: slice(c.text, f.range),
    message: formatMessage(f.message),
    fixes: (f.fixes ?? []).map((x) => `${applyEdits(c.text, x.edits).split('\n').find((l) => l.startsWith('authors:'))}${x.preferred ? ' (preferred)' : ''}`),
  }));
}

describe('author-unknown: logins', () => {
  it('checks only non-empty strings; offers the logins near enough, none preferred when two are as near', () => {
    const text = fm('title: A\nauthors: [marie, 42, "", zz, mari]');
    assert.deepEqual(lint({ text, authors: ['marie', 'mario', 'tom'] }), [
      { where: 'zz', message: '`zz` is not an author of this site (no `_authors/zz.md` or `_data/authors` entry).', fixes: [] },
      {
        where: 'mari',
        message: '`mari` is not an author of this site (no `_authors/mari.md` or `_data/authors` entry).',
        fixes: ['authors: [marie, 42, "", zz, marie]', 'authors: [marie, 42, "", zz, mario]'],
      },
    ]);
  });

  it('one near login is the preferred fix', () => {
    assert.deepEqual(lint({ text: fm('title: A\nauthors: [tomm]'), authors: ['marie', 'tom'] })[0].fixes, ['authors: [tom] (preferred)']);
  });
});

describe('author-unknown: a single `authors` string', () => {
  const text = fm('title: A\nauthors: "marie, tom "');
  it('becomes a list (preferred fix) where most posts write a list', () => {
    const others = { '_posts/2015-01-01-a.md': post('[marie]'), '_posts/2015-01-02-b.md': post('[tom]') };
    const found = lint({ text, authors: ['marie', 'tom'], others }).filter((f) => f.message.startsWith('`authors` is a single value'));
    assert.deepEqual(found, [{ where: '"marie, tom "', message: '`authors` is a single value here, but the site’s posts write it as a list.', fixes: ['authors: [marie, tom] (preferred)'] }]);
  });

  it('is left alone where as many posts write a string as a list', () => {
    const others = { '_posts/2015-01-01-a.md': post('[marie]') };
    assert.deepEqual(lint({ text, authors: ['marie', 'tom'], others }).filter((f) => f.message.startsWith('`authors` is a single value')), []);
  });
});
