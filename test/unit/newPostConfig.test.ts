import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { newPostConfigEdits } from '../../src/core/create/configEdit';
import { savedOverrides } from '../../src/core/create/siteConventions';
import { readConfig } from '../../src/core/site/config';
import { applyEdits } from './helpers';
import { MemoryFileSystem } from '../../src/core/fs';
import { planBilingualPost } from '../../src/core/create/newPost';
import { readSiteForNewPost } from '../../src/core/create/siteConventions';
import { loadFixtureSite, SITE_ROOT } from './fixtureSite';

function save(text: string, values: Record<string, string | boolean>): string {
  const edits = newPostConfigEdits(text, values);
  assert.ok(Array.isArray(edits), JSON.stringify(edits));
  return applyEdits(text, edits);
}

describe('the author’s choices saved in _config.yml (jekyll_posts: new_post:)', () => {
  it('appends the block, leaving every other byte as it was', () => {
    const text = '# My site\ntitle: Carnet   # the name\ntimezone: Europe/Paris';
    assert.equal(save(text, { translation_key: 'none', tags_style: 'string' }), `${text}\njekyll_posts:\n  new_post:\n    translation_key: none\n    tags_style: string\n`);
  });
  it('adds new_post to an existing jekyll_posts block with its indentation, keeping its other keys', () => {
    const text = 'title: A\njekyll_posts:\n    languages: [fr, en]  # ours\n    rules:\n        key-typo: off\nlang: fr\n';
    assert.equal(save(text, { write_lang: false }), 'title: A\njekyll_posts:\n    new_post:\n        write_lang: false\n    languages: [fr, en]  # ours\n    rules:\n        key-typo: off\nlang: fr\n');
  });
  it('replaces a value in place, keeping its comment, and adds a missing key after the others, in CRLF', () => {
    const text = 'jekyll_posts:\r\n  new_post:\r\n    tags_style: flow # as the theme wants\r\n    date: none\r\n# end\r\nurl: x\r\n';
    assert.equal(save(text, { tags_style: 'block', translation_key: 'article_num' }), 'jekyll_posts:\r\n  new_post:\r\n    tags_style: block # as the theme wants\r\n    date: none\r\n    translation_key: article_num\r\n# end\r\nurl: x\r\n');
  });
  it('quotes values YAML would read as another type', () => {
    assert.match(save('', { translation_key: 'yes' }), /translation_key: 'yes'\n$/);
  });
  it('refuses a flow mapping it cannot edit line by line', () => {
    assert.ok(!Array.isArray(newPostConfigEdits('jekyll_posts: {new_post: {date: none}}\n', { date: 'date' })));
  });
  it('reads back what it wrote as the conventions’ overrides', () => {
    const text = save('title: A\n', { translation_key: 'none', tags_style: 'string', write_lang: true, date: 'date' });
    assert.deepEqual(savedOverrides(readConfig(text)), { translationKey: 'none', tagsStyle: 'string', writeLang: true, dateForm: 'date' });
    assert.deepEqual(savedOverrides(readConfig(save('title: A\n', { translation_key: 'filename' }))), { translationKey: '' });
  });

  it('makes the next plan follow them (a site told to write tags as a flow list and to link by `ref`)', async () => {
    const site = loadFixtureSite('newpost-one-folder');
    const config = save(site.files.get('_config.yml')!, { tags_style: 'flow', translation_key: 'ref' });
    const files = Object.fromEntries([...site.files].map(([p, t]) => [`${SITE_ROOT}/${p}`, p === '_config.yml' ? config : t]));
    const read = await readSiteForNewPost(new MemoryFileSystem(files), SITE_ROOT, readConfig(config), { fallbackTimezone: 'UTC' });
    assert.equal(read.conventions.sources.translation, 'setting');
    const plan = planBilingualPost(read.conventions, { date: '2026-06-01 10:00', tags: ['a', 'b'], first: { lang: 'fr', title: 'Un' }, second: { lang: 'en', title: 'One' } }, () => false);
    assert.ok(plan.ok);
    assert.equal(plan.files[0].text, '---\nlayout: post\ntitle: Un\nlang: fr\ndate: 2026-06-01 10:00:00 +0200\ntags: [a, b]\nref: one\n---\n\n');
  });
});
