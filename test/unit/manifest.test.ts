import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../src/core/lint/rules';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsFr = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8'));

describe('every rule is documented and configurable', () => {
  for (const rule of allRules) {
    it(`${rule.id} has a doc page`, () => {
      assert.ok(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`)));
    });
    it(`${rule.id} has a severity setting defaulting to ${rule.defaultSeverity}`, () => {
      const setting = manifest.contributes.configuration.properties[`jekyllPosts.rules.${rule.id}`];
      assert.ok(setting, 'missing setting');
      assert.equal(setting.default, rule.defaultSeverity);
      assert.deepEqual(setting.enum, ['error', 'warning', 'info', 'off']);
    });
  }
});

describe('the manifest speaks English and French', () => {
  const placeholders = JSON.stringify(manifest).match(/%[\w.-]+%/g) ?? [];
  it('uses placeholders for its user-facing strings', () => {
    assert.ok(placeholders.length > 0);
    assert.match(manifest.description, /^%.+%$/);
  });
  for (const placeholder of new Set(placeholders)) {
    const key = placeholder.slice(1, -1);
    it(`${key} is in package.nls.json and package.nls.fr.json`, () => {
      assert.equal(typeof nls[key], 'string');
      assert.equal(typeof nlsFr[key], 'string');
    });
  }
  it('keeps engines.vscode no newer than 1.100 and @types/vscode matching it', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\./);
    const minor = Number(/^\^1\.(\d+)\./.exec(manifest.engines.vscode)![1]);
    assert.ok(minor <= 100);
    assert.equal(manifest.devDependencies['@types/vscode'].replace(/^\^/, ''), `1.${minor}.0`);
  });
});

describe('every string the code shows has a French translation', () => {
  it('has l10n/bundle.l10n.json current and l10n/bundle.l10n.fr.json complete', async () => {
    const { collectMessages, readBundle } = await import(join(root, 'scripts', 'l10n.mjs'));
    const messages: string[] = collectMessages();
    assert.ok(messages.length > 10);
    assert.deepEqual(Object.keys(readBundle(undefined)).sort(), messages);
    const french = readBundle('fr');
    assert.deepEqual(messages.filter((m) => !(m in french)), []);
    for (const m of messages) {
      const placeholdersEn = (m.match(/\{\d+\}/g) ?? []).sort();
      const placeholdersFr = (String(french[m]).match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholdersFr, placeholdersEn, `placeholders differ for ${m}`);
    }
  });
});
