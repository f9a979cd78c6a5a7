import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { completeAt } from '../../src/core/complete/completions';
import { MemoryFileSystem } from '../../src/core/fs';
import { formatMessage, Message } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

// A key completion whose key has a value in `defaults` says that value, as the config's YAML
// types it: a date or a time as written, null as `null`, text quoted, booleans and numbers bare.
describe('a default value in a key completion reads as the config types it', () => {
  it('dates and times as written, null as null', async () => {
    const config = [
      'defaults:',
      '  - scope: {path: ""}',
      '    values:',
      '      date: 2024-01-01',
      '      last_modified_at: 2024-01-01 10:00:00 +02:00',
      '      image: ~',
      '      sitemap: false',
      '      order: 0x1F',
      '      layout: post',
      '',
    ].join('\n');
    const fs = new MemoryFileSystem({ '/s/_config.yml': config, '/s/_posts/2014-06-04-a.md': '---\ntitle: A\n---\n' });
    const site = await SiteIndex.build(fs, '/s', readConfig(config));
    const text = '---\ntitle: x\n\n---\n';
    const result = completeAt({ text, offset: text.indexOf('\n\n') + 1, relativePath: '_posts/2024-06-01-b.md', config: readConfig(config), site, now: new Date(Date.UTC(2024, 5, 1)) });
    const detail = (label: string): string => {
      const d = result.items.find((i) => i.label === label)?.detail;
      return typeof d === 'string' ? d : formatMessage(d as Message);
    };
    assert.equal(detail('date'), 'Default: 2024-01-01');
    assert.equal(detail('last_modified_at'), 'Default: 2024-01-01 10:00:00 +02:00');
    assert.equal(detail('image'), 'Default: null');
    assert.equal(detail('sitemap'), 'Default: false');
    assert.equal(detail('order'), 'Default: 31');
    assert.equal(detail('layout'), 'Default: "post"');
  });
});
