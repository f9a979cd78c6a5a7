import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { keyCompletionDetails } from './keyCompletionDetails';

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
    const detail = await keyCompletionDetails(config);
    assert.equal(detail('date'), 'Default: 2024-01-01');
    assert.equal(detail('last_modified_at'), 'Default: 2024-01-01 10:00:00 +02:00');
    assert.equal(detail('image'), 'Default: null');
    assert.equal(detail('sitemap'), 'Default: false');
    assert.equal(detail('order'), 'Default: 31');
    assert.equal(detail('layout'), 'Default: "post"');
  });
});
