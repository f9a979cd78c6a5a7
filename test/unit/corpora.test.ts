import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
/** Other people's blogs, read in place: never copied into the project. */
const corpora = join(root, '..', 'shared', 'corpora');

interface Expected {
  readonly site: string;
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly severity: string;
  readonly note: string;
}

const expectations = JSON.parse(readFileSync(join(root, 'test', 'unit', 'fixtures', 'corpora-expectations.json'), 'utf8')) as { findings: Expected[] };
const key = (f: { site: string; file: string; line: number; rule: string; severity: string }): string => `${f.site} ${f.file}:${f.line} ${f.severity} ${f.rule}`;

describe('the real blogs in ../shared/corpora', () => {
  const sites = existsSync(corpora) ? readdirSync(corpora, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];

  it('every expectation carries its review note', () => {
    for (const f of expectations.findings) assert.ok(f.note.trim().length > 20, `no review note for ${key(f)}`);
  });

  if (sites.length === 0) {
    it('are linted against their reviewed expectations', (t) => t.skip(`skipped: ${corpora} is absent (the corpora live outside the project)`));
    return;
  }

  for (const site of sites) {
    it(`${site}: every warning and error is one the reviewed expectations list, and each listed one is still found`, () => {
      // TZ: where a _config.yml names no timezone, Jekyll reads dates in the build machine's zone.
      const result = spawnSync(process.execPath, [cli, 'lint', join(corpora, site), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 });
      assert.ok(result.status === 0 || result.status === 1, result.stderr);
      const found = (JSON.parse(result.stdout) as { file: string; line: number; rule: string; severity: string; message: string }[]).filter((f) => f.severity !== 'info');
      const actual = found.map((f) => key({ site, ...f })).sort();
      const expected = expectations.findings.filter((f) => f.site === site).map(key).sort();
      const unexpected = found.filter((f) => !expected.includes(key({ site, ...f }))).map((f) => `${key({ site, ...f })}: ${f.message}`);
      assert.deepEqual(unexpected, [], 'new findings: review them (a false alarm to fix, or a true finding to list with its note)');
      assert.deepEqual(actual, expected);
    });
  }
});
