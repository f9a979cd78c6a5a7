// Mocha entry for the integration suites. Both hosts load it as the extension tests module:
// code-server (test/harness/run-integration.mjs) and @vscode/test-electron (test/runDesktop.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found;
}

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  try {
    // INTEGRATION_GREP runs only the tests whose names match (for debugging one suite).
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000, grep: process.env.INTEGRATION_GREP || undefined });
    const files = findTests(__dirname).sort();
    if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
    for (const file of files) mocha.addFile(file);
    await new Promise<void>((resolve, reject) => {
      try {
        const runner = mocha.run(() => {
          passed = runner.stats?.passes ?? 0;
          failed = runner.stats?.failures ?? 0;
          resolve();
        });
      } catch (e) {
        reject(e);
      }
    });
    if (passed + failed === 0) throw new Error('mocha ran no test');
  } catch (e) {
    console.error('integration: the suite could not run:', e);
    failed = Math.max(failed, 1);
  }
  console.log(`integration: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}
