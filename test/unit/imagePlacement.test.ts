// Where a pasted or dropped image goes and the Markdown written for it (src/core/create/imagePlacement.ts),
// on the three conventions seen on real blogs: a folder per post (`assets/images/posts/<slug>/`) written
// with relative_url, one shared folder (`/assets/img/`) written plain, `{{ site.baseurl }}` with a date folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectImageConvention, freeName, placeImage, safeImageName } from '../../src/core/create/imagePlacement';
import { readConfig } from '../../src/core/site/config';

const post = (path: string, body: string) => ({ path, text: `---\ntitle: T\n---\n${body}\n` });

test('a folder per post, written with relative_url: the folder is the new post\'s own, the URL in relative_url with the same quotes', () => {
  const config = readConfig('baseurl: /blog\n');
  const posts = [
    post('_posts/2024-05-02-second.md', `![a]({{ "/assets/images/posts/second/a.png" | relative_url }})\n![b]({{ "/assets/images/posts/second/b.jpg" | relative_url }})`),
    post('_posts/2024-05-01-first.md', `![c]({{ "/assets/images/posts/first/c.png" | relative_url }})`),
  ];
  const convention = detectImageConvention(posts, config);
  assert.deepEqual(convention, { folder: 'assets/images/posts/:slug/', style: { kind: 'relative_url', quote: '"' }, source: 'posts' });
  const placed = placeImage(convention, '_posts/2024-06-01-new-post.md', 'Screen Shot 1.PNG', config, () => false);
  assert.deepEqual(placed, { path: 'assets/images/posts/new-post/Screen-Shot-1.png', url: '/assets/images/posts/new-post/Screen-Shot-1.png', markdown: '![Screen Shot 1]({{ "/assets/images/posts/new-post/Screen-Shot-1.png" | relative_url }})' });
});

test('one shared folder written plain on a site without baseurl: /assets/img/, never over an existing file', () => {
  const config = readConfig('title: x\n');
  const posts = [post('_posts/2023-01-01-a.md', '![x](/assets/img/x.png) and <img src="/assets/img/y.png" alt="y">'), post('_posts/2022-01-01-b.md', '![z](/assets/img/z.png)')];
  const convention = detectImageConvention(posts, config);
  assert.deepEqual(convention, { folder: 'assets/img/', style: { kind: 'plain' }, source: 'posts' });
  const taken = new Set(['assets/img/image.png', 'assets/img/image-1.png']);
  const placed = placeImage(convention, '_posts/2024-01-01-c.md', 'image.png', config, (p) => taken.has(p));
  assert.deepEqual(placed, { path: 'assets/img/image-2.png', url: '/assets/img/image-2.png', markdown: '![image 2](/assets/img/image-2.png)' });
});

test('{{ site.baseurl }} with a year/month folder; a site with baseurl whose posts write it plainly keeps the baseurl in the link', () => {
  const config = readConfig('baseurl: /docs\n');
  const convention = detectImageConvention([post('_posts/2021-03-04-x.md', '![a]({{ site.baseurl }}/uploads/2021/03/a.png)')], config);
  assert.deepEqual(convention, { folder: 'uploads/:year/:month/', style: { kind: 'baseurl' }, source: 'posts' });
  assert.equal(placeImage(convention, '_posts/2024-11-05-y.md', 'b.gif', config, () => false).markdown, '![b]({{ site.baseurl }}/uploads/2024/11/b.gif)');
  const plain = detectImageConvention([post('_posts/2021-03-04-x.md', '![a](/docs/media/a.png)')], config);
  assert.deepEqual(plain, { folder: 'media/', style: { kind: 'plain' }, source: 'posts' });
  assert.equal(placeImage(plain, '_posts/2024-11-05-y.md', 'b.png', config, () => false).markdown, '![b](/docs/media/b.png)');
});

test('jekyll_posts: images: folder: wins over the setting, which wins over the posts; with no image anywhere, assets/images/ and relative_url under a baseurl', () => {
  const posts = [post('_posts/2023-01-01-a.md', '![x](/assets/img/x.png)')];
  assert.deepEqual(detectImageConvention(posts, readConfig('jekyll_posts:\n  images:\n    folder: media/:slug\n'), 'pics/'), { folder: 'media/:slug/', style: { kind: 'plain' }, source: 'config' });
  assert.deepEqual(detectImageConvention(posts, readConfig(''), '/pics'), { folder: 'pics/', style: { kind: 'plain' }, source: 'setting' });
  assert.deepEqual(detectImageConvention([], readConfig('baseurl: /b\n')), { folder: 'assets/images/', style: { kind: 'relative_url', quote: "'" }, source: 'default' });
  assert.deepEqual(detectImageConvention([], readConfig('')), { folder: 'assets/images/', style: { kind: 'plain' }, source: 'default' });
});

test('file names: safe in a URL, the first free one taken', () => {
  assert.equal(safeImageName('Capture d’écran 2024.PNG'), 'Capture-d-écran-2024.png');
  assert.equal(safeImageName('../../etc/passwd'), 'passwd');
  assert.equal(safeImageName('.png'), 'image.png');
  assert.equal(freeName('a/', 'x.png', (p) => p === 'a/x.png' || p === 'a/x-1.png'), 'x-2.png');
});
