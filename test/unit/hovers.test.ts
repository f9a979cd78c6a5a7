import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { definitionAt } from '../../src/core/complete/definition';
import { hoverAt } from '../../src/core/complete/hovers';
import { formatMessage, Message } from '../../src/core/messages';
import { SiteConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { sampleSite } from './completions.test';

function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

const NOW = new Date(Date.UTC(2024, 5, 1, 10, 30, 0));

describe('hovers in front matter', () => {
  let index: SiteIndex;
  let config: SiteConfig;
  before(async () => ({ index, config } = await sampleSite()));
  const hover = (marked: string, relativePath = '_posts/2014-06-04-a.md'): string[] | undefined => {
    const { text, offset } = at(marked);
    return hoverAt({ text, offset, relativePath, config, site: index, now: NOW })?.contents.map((c) => (typeof c === 'string' ? c : formatMessage(c as Message)));
  };

  const cases: [string, string, string[] | undefined][] = [
    ['shows an author’s display name, bio and links', '---\nauthors:\n - ma|rie\n---\n', ['**Marie Dupont** (`marie`)', 'Développeuse backend\\.', '[twitter](https://twitter.com/mariedupont)']],
    ['shows an author in a flow list', '---\nauthors: [tom, ma|rie]\n---\n', ['**Marie Dupont** (`marie`)', 'Développeuse backend\\.', '[twitter](https://twitter.com/mariedupont)']],
    ['says when a login is not among the site’s authors', '---\nauthor: zo|e\n---\n', ['No author `zoe` among this site’s authors.']],
    ['counts the posts using a tag', '---\ntags:\n- p|hp\n---\n', ['3 posts use this tag.']],
    ['says when no post uses a tag yet', '---\ntags: [nouveau|]\n---\n', ['No post uses this tag yet.']],
    ['counts the posts in a category', '---\ncategories: [Dévelo|ppement]\n---\n', ['3 posts are in this category.']],
    ['shows the instant Jekyll reads a date as, in the site timezone', "---\ndate: '2014-06-04 15:27:59 +0000|'\n---\n", ['Jekyll reads this date as 2014-06-04 17:27:59 +0200 (Europe/Paris), that is 2014-06-04 15:27:59 UTC.']],
    ['reads a quoted date without zone in the site timezone', "---\nda|te: '2014-06-04 10:00:00'\n---\n", ['Jekyll reads this date as 2014-06-04 10:00:00 +0200 (Europe/Paris), that is 2014-06-04 08:00:00 UTC.']],
    ['warns that an empty date stops the build', '---\ntitle: x\ndate|:\n---\n', ["Jekyll cannot read this date and stops the build: Invalid date '': Document '_posts/2014-06-04-a.md' does not have a valid date in the YAML front matter."]],
    ['explains a date Jekyll cannot read', "---\ndate: 'not a date|'\n---\n", ["Jekyll cannot read this date and stops the build: Invalid date 'not a date': Document '_posts/2014-06-04-a.md' does not have a valid date in the YAML front matter."]],
    ['shows a permalink’s final URL', '---\npermalink: /fr/a|/\n---\n', ['Final URL: /fr/a/', 'Written to `_site/fr/a/index.html`.']],
    ['describes a key and how many posts set it', '---\nla|ng: fr\n---\n', ['The language of the post (`fr`, `en`...).', '4 posts set this key.']],
    ['shows nothing outside front matter', '---\ntitle: x\n---\ntags: [p|hp]\n', undefined],
  ];
  for (const [name, marked, expected] of cases) it(name, () => assert.deepEqual(hover(marked), expected));

  it('reads an unzoned YAML time as UTC, as Psych does', () => {
    const contents = hover('---\ndate: 2014-06-04 10:00:00|\n---\n');
    assert.match(contents![0], /2014-06-04 12:00:00 \+0200/);
  });
});

describe('go to definition', () => {
  let index: SiteIndex;
  before(async () => ({ index } = await sampleSite()));
  const cases: [string, string, { file: string; offset: number } | undefined][] = [
    ['goes from an author to its _authors document', '---\nauthors:\n - to|m\n---\n', { file: '_authors/tom.md', offset: 0 }],
    ['goes from `author:` too', '---\nauthor: mar|ie\n---\n', { file: '_authors/marie.md', offset: 0 }],
    ['goes from a layout to its file', '---\nlayout: po|st\n---\n', { file: '_layouts/post.html', offset: 0 }],
    ['goes nowhere for an unknown author', '---\nauthor: zo|e\n---\n', undefined],
    ['goes nowhere from a key', '---\naut|hor: marie\n---\n', undefined],
  ];
  for (const [name, marked, expected] of cases) {
    it(name, () => {
      const { text, offset } = at(marked);
      const target = definitionAt({ text, offset, site: index });
      assert.deepEqual(target && { file: target.file, offset: target.offset }, expected);
    });
  }
});
