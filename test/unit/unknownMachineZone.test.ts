import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { zoneOffsetSeconds } from '../../src/core/site/rubyTime';
import { documentVerdict } from '../../src/core/site/siteModel';

// A machine whose zone Node cannot name (TZ=Etc/Unknown, or an empty TZ) reports `Etc/Unknown`.
// Jekyll 4.3.1 built under `TZ=Etc/Unknown` reads the site in UTC: `date: 2014-06-04 23:30:00 -0500`
// is written to _site/2014/06/05/a.html and `{{ page.date }}` prints `2014-06-05 04:30:00 +0000`.
// We threw "Invalid time zone specified" (`jekyll-posts urls` exited 2; `lint` reported a valid
// date as date-invalid).

const TEXT = '---\ntitle: A\ndate: 2014-06-04 23:30:00 -0500\n---\n{{ page.date }}\n';

test('an unknown machine zone reads the site in UTC, as Jekyll does', () => {
  const config = readConfig('title: t\n');
  const verdict = documentVerdict('_posts/2014-06-04-a.md', TEXT, config, { now: new Date('2026-12-05T12:00:00Z'), drafts: false, machineZone: 'Etc/Unknown' });
  assert.equal(verdict?.url, '/2014/06/05/a.html');
  assert.equal(verdict?.date, '2014-06-05T04:30:00+00:00'); // Jekyll's 2014-06-05 04:30:00 +0000
});

test('an unknown zone has a zero offset, every time it is asked', () => {
  assert.equal(zoneOffsetSeconds(1_401_924_600, 'Etc/Unknown'), 0);
  assert.equal(zoneOffsetSeconds(1_401_924_600, 'Etc/Unknown'), 0);
  assert.equal(zoneOffsetSeconds(1_401_924_600, 'Europe/Paris'), 7200);
});
