import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { readRegistries } from '../../src/core/site/siteScan';

const POST = "---\ntitle: A\ndate: '2014-06-04 15:27:59 +0200'\ndate_gmt: '2014-06-04 13:27:59 +0200'\n---\n\nBody.\n";

/** A site with one WordPress-imported post and `extra` files, as the CLI and the editor see it. */
function site(extra: Record<string, string>): MemoryFileSystem {
  return new MemoryFileSystem({ '/s/_config.yml': 'title: T\n', '/s/_posts/2014-06-04-a.md': POST, '/s/_layouts/post.html': '<h1>{{ page.title }}</h1>{{ content }}', ...extra });
}

describe('which keys the site’s templates read (date_gmt)', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['no template mentions it', {}, false],
    ['a layout prints it', { '/s/_layouts/post.html': '<time>{{ page.date_gmt }}</time>' }, true],
    ['an include prints it', { '/s/_includes/meta/time.html': '{{ include.post.date_gmt | date_to_xmlschema }}' }, true],
    ['the feed at the root uses it', { '/s/feed.xml': '---\n---\n{% for post in site.posts %}<updated>{{ post.date_gmt }}</updated>{% endfor %}' }, true],
    ['a plugin reads it', { '/s/_plugins/gmt.rb': 'doc.data["date_gmt"]' }, true],
    ['only a post body mentions it (not a template)', { '/s/_posts/2014-06-05-b.md': '---\ntitle: B\n---\nThe date_gmt key.\n' }, false],
    ['a Markdown file at the root without front matter mentions it (Jekyll copies it as is)', { '/s/NOTES.md': 'Every post has a date_gmt.\n' }, false],
    ['a longer key that contains it', { '/s/_layouts/post.html': '{{ page.date_gmt_offset }}' }, false],
  ];
  for (const [name, extra, read] of cases) {
    it(`${read ? 'finds' : 'does not find'} it when ${name}`, async () => {
      const config = readConfig('title: T\n');
      const fs = site(extra);
      const registries = await readRegistries(fs, '/s', config);
      assert.equal(registries.templateKeys?.has('date_gmt'), read, 'CLI scan');
      const index = await SiteIndex.build(fs, '/s', config);
      assert.equal(index.templateKeys?.has('date_gmt'), read, 'site index');
    });
  }

  const permalinkCases: [string, Record<string, string>, boolean][] = [
    ['an include compares it (jekyll-polyglot’s sidebar)', { '/s/_includes/sidebar.html': '{% if node.permalink == "about/" %}active{% endif %}' }, true],
    ['a plugin reads it', { '/s/_plugins/p.rb': 'page.data[ "permalink" ]' }, true],
    ['a theme uses the word as a CSS class only', { '/s/_layouts/post.html': '<a class="permalink" href="{{ page.url }}">#</a>' }, false],
  ];
  for (const [name, extra, read] of permalinkCases) {
    it(`${read ? 'finds' : 'does not find'} permalink when ${name}`, async () => {
      const registries = await readRegistries(site(extra), '/s', readConfig('title: T\n'));
      assert.equal(registries.templateKeys?.has('permalink'), read);
    });
  }

  it('the site index notices a layout that starts reading it', async () => {
    const config = readConfig('title: T\n');
    const fs = site({});
    const index = await SiteIndex.build(fs, '/s', config);
    assert.equal(index.templateKeys?.has('date_gmt'), false);
    fs.write('/s/_layouts/post.html', '{{ page.date_gmt }}');
    const change = await index.refresh('/s/_layouts/post.html');
    assert.equal(change.changed, true);
    assert.equal(index.templateKeys?.has('date_gmt'), true);
  });
});
