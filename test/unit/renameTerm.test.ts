import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyTextEdits } from '../../src/core/lint/fix';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { documentCategories } from '../../src/core/site/permalink';
import { jekyllTags } from '../../src/core/site/siteFacts';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { renameTermEdits, TermKind } from '../../src/core/taxonomy/renameTerm';
import { describeChange, invalidTermName, planSiteRename } from '../../src/core/taxonomy/siteRename';
import { formatMessage } from '../../src/core/messages';
import { loadFixtureSite, SITE_ROOT } from './fixtureSite';

function rename(text: string, from: string | string[], to: string, kind: TermKind = 'tags'): string {
  return applyTextEdits(text, renameTermEdits(text, kind, typeof from === 'string' ? [from] : from, to).edits);
}

/** What Jekyll reads as the post's tags (or categories) from a text. */
function read(text: string, kind: TermKind = 'tags'): string[] {
  const data = parseFrontMatter(text).data ?? {};
  return kind === 'tags' ? jekyllTags(data) : documentCategories([], [data]);
}

describe('renaming a tag in one file changes only its spelling (core/taxonomy/renameTerm)', () => {
  const cases: [string, string, string | string[], string, string][] = [
    ['a flow list, its comment kept', '---\ntags: [java, JPA] # first posts\n---\nJPA body\n', 'JPA', 'jpa', '---\ntags: [java, jpa] # first posts\n---\nJPA body\n'],
    ['a block list with CRLF and a comment on the item', '---\r\ntags:\r\n  - java\r\n  - jpa # lower case\r\n---\r\n', 'jpa', 'JPA', '---\r\ntags:\r\n  - java\r\n  - JPA # lower case\r\n---\r\n'],
    ['a BOM, quotes kept as they were', '\ufeff---\ntags: ["JPA", \'x\']\n---\n', 'JPA', 'Java Persistence', '\ufeff---\ntags: ["Java Persistence", \'x\']\n---\n'],
    ['a space-separated string', '---\ntags: jpa spring\n---\n', 'jpa', 'JPA', '---\ntags: JPA spring\n---\n'],
    ['a quoted space-separated string', "---\ntags: 'jpa spring'\n---\n", 'spring', 'Spring', "---\ntags: 'jpa Spring'\n---\n"],
    ['a name that YAML must quote in a flow list', '---\ntags: [a, b]\n---\n', 'b', 'c, d', "---\ntags: [a, 'c, d']\n---\n"],
    ['a name that would not stay text unquoted', '---\ntags:\n- a\n- b\n---\n', 'b', 'true', "---\ntags:\n- a\n- 'true'\n---\n"],
    ['a number as Jekyll reads it', '---\ntags: [2014, x]\n---\n', '2014', 'year-2014', '---\ntags: [year-2014, x]\n---\n'],
    ['`tag`, which Jekyll reads before `tags`', '---\ntag: JPA\ntags: [JPA]\n---\n', 'JPA', 'jpa', '---\ntag: jpa\ntags: [jpa]\n---\n'],
    ['other keys and the body left alone', '---\ntitle: JPA\ntags: [JPA]\nkeywords: [JPA]\n---\n[JPA]\n', 'JPA', 'jpa', '---\ntitle: JPA\ntags: [jpa]\nkeywords: [JPA]\n---\n[JPA]\n'],
  ];
  for (const [name, before, from, to, after] of cases) {
    it(name, () => {
      const out = rename(before, from, to);
      assert.equal(out, after);
      const olds = typeof from === 'string' ? [from] : from;
      const expected = read(before).map((t) => (olds.includes(t) ? to : t));
      assert.deepEqual(read(out), [...new Set(expected)], 'Jekyll reads the new name where the old one was');
    });
  }
});

describe('merging into a name the post already has removes the old one instead of writing the new one twice', () => {
  const cases: [string, string, string | string[], string, string][] = [
    ['flow list, the old one after', '\ufeff---\ntags: [spring, "JPA", \'jpa\']\n---\n', 'JPA', 'jpa', '\ufeff---\ntags: [spring, \'jpa\']\n---\n'],
    ['flow list, the old one first', '---\ntags: [JPA, jpa]\n---\n', 'JPA', 'jpa', '---\ntags: [jpa]\n---\n'],
    ['block list with CRLF: the whole line goes', '---\r\ntags:\r\n  - jpa\r\n  - JPA # upper\r\n  - x\r\n---\r\n', 'JPA', 'jpa', '---\r\ntags:\r\n  - jpa\r\n  - x\r\n---\r\n'],
    ['two old spellings and the new one', '---\ntags: [Jpa, JPA, x, jpa]\n---\n', ['Jpa', 'JPA'], 'jpa', '---\ntags: [x, jpa]\n---\n'],
    ['two old spellings, no new one: the first renamed, the second removed', '---\ntags: [Jpa, x, JPA]\n---\n', ['Jpa', 'JPA'], 'jpa', '---\ntags: [jpa, x]\n---\n'],
    ['a space-separated string', '---\ntags: jpa JPA spring\n---\n', 'JPA', 'jpa', '---\ntags: jpa spring\n---\n'],
    ['a space-separated string, the old one first', '---\ntags: JPA spring jpa\n---\n', 'JPA', 'jpa', '---\ntags: spring jpa\n---\n'],
  ];
  for (const [name, before, from, to, after] of cases) {
    it(name, () => {
      const out = rename(before, from, to);
      assert.equal(out, after);
      assert.equal(read(out).filter((t) => t === to).length, 1);
    });
  }

  it('categories: `category` and `categories`, lists and strings', () => {
    assert.equal(rename('---\ncategory: Java\n---\n', 'Java', 'Dev', 'categories'), '---\ncategory: Dev\n---\n');
    assert.equal(rename('---\ncategories: Java Spring\n---\n', 'Java', 'Spring', 'categories'), '---\ncategories: Spring\n---\n');
    assert.equal(rename('---\ncategories:\n- Java\n---\n', 'Java', 'Dev', 'tags'), '---\ncategories:\n- Java\n---\n', 'a tag rename leaves categories');
  });

  it('leaves a file without the name, or whose front matter Jekyll cannot read, untouched', () => {
    assert.deepEqual(renameTermEdits('---\ntags: [a]\n---\n', 'tags', ['b'], 'c').edits, []);
    assert.deepEqual(renameTermEdits('---\ntags: [a\n---\n', 'tags', ['a'], 'c').edits, []);
    assert.deepEqual(renameTermEdits('No front matter, tags: [a]\n', 'tags', ['a'], 'c').edits, []);
  });

  it('refuses names that cannot be a tag', () => {
    assert.equal(formatMessage(invalidTermName('')!), 'The new name is empty.');
    assert.equal(formatMessage(invalidTermName(' a')!), 'The new name starts or ends with a space.');
    assert.equal(invalidTermName('Java Persistence'), undefined);
  });
});

describe('renaming across the site (core/taxonomy/siteRename)', () => {
  it('plans every post of the fixture that uses the old spelling, with lines, and says which keep it', async () => {
    const site = loadFixtureSite('overview');
    site.fs.write(`${SITE_ROOT}/Java/_posts/2024-04-01-from-folder.md`, '---\ntitle: In a Java folder\n---\n');
    const index = await SiteIndex.build(site.fs, SITE_ROOT, site.config);
    const text = (path: string): Promise<string | undefined> => site.fs.readFile(path).then((b) => (b ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) : undefined));
    const tags = await planSiteRename(index.documents(), 'tags', ['JPA'], 'jpa', text);
    assert.deepEqual(
      tags.files.flatMap((f) => f.changes.map((c) => formatMessage(describeChange(f.relativePath, c, 'jpa')))),
      ['_posts/2024-01-10-jpa-entities.md:7 tags: JPA → jpa', '_posts/2024-03-06-spring-data.md:7 tags: JPA removed (the post already has `jpa`)'],
    );
    assert.equal(applyTextEdits(tags.files[1].text, tags.files[1].edits), "\ufeff---\ntitle: Spring Data\nlang: en\nref: spring-data\nauthors: [tom]\ncategories: [Spring]\ntags: [spring, 'jpa']\n---\nSpring Data.\n");
    const categories = await planSiteRename(index.documents(), 'categories', ['Java'], 'Dev', text);
    assert.deepEqual(categories.files.map((f) => f.relativePath), ['_posts/2024-01-10-jpa-entities.md', '_posts/2024-01-11-entites-jpa.md', '_posts/2024-02-07-jpa-queries.md']);
    assert.deepEqual(categories.unchanged.map((u) => `${u.relativePath}: ${formatMessage(u.reason)}`), ['Java/_posts/2024-04-01-from-folder.md: it comes from the folder `Java`']);
    // CRLF survives: the edit is the word alone.
    const crlf = categories.files[1];
    assert.equal(applyTextEdits(crlf.text, crlf.edits), crlf.text.replace('  - Java\r\n', '  - Dev\r\n'));
  });
});
