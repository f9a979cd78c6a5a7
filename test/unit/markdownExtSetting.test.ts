import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// `markdown_ext` as Jekyll reads it (Markdown#extname_list: `split(",")`, each downcased, none
// stripped). jekyll build 4.3.1 with `markdown_ext: "md, txt,,MKD"` writes _posts/2020-01-02-t.txt
// at /2020/01/02/t.txt and q.txt at /q.txt (` txt` names no extension), _posts/2020-01-02-k.mkd at
// /2020/01/02/k.html, r.MKD at /r.html, _posts/2020-01-02-m.md at /2020/01/02/m.html, and
// _posts/2020-01-02-x.markdown and y.markdown as they are (.markdown is not in the list). We
// stripped the spaces and wrote the .txt files as Markdown (.html).

const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };
const url = (config: string, path: string): string | undefined => documentVerdict(path, '---\n---\n*e*\n', readConfig(config), settings)?.url;

test('markdown_ext entries are compared as written, case aside', () => {
  const config = 'markdown_ext: "md, txt,,MKD"\n';
  assert.equal(url(config, '_posts/2020-01-02-t.txt'), '/2020/01/02/t.txt');
  assert.equal(url(config, 'q.txt'), '/q.txt');
  assert.equal(url(config, '_posts/2020-01-02-k.mkd'), '/2020/01/02/k.html');
  assert.equal(url(config, 'r.MKD'), '/r.html');
  assert.equal(url(config, '_posts/2020-01-02-m.md'), '/2020/01/02/m.html');
  assert.equal(url(config, '_posts/2020-01-02-x.markdown'), '/2020/01/02/x.markdown');
  assert.equal(url(config, 'y.markdown'), '/y.markdown');
});

test('without markdown_ext (or with one that is no string) the default list applies', () => {
  for (const config of ['title: x\n', 'markdown_ext: ~\n']) {
    assert.equal(url(config, '_posts/2020-01-02-m.markdown'), '/2020/01/02/m.html');
    assert.equal(url(config, 'q.txt'), '/q.txt');
  }
});
