// Runs the integration suites in a desktop VS Code downloaded by @vscode/test-electron.
// Needs internet (the download); on offline machines use test/harness/run-integration.mjs.
//   npm run test:desktop
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file compiles to out/test/runDesktop.js.
  const repoRoot = path.resolve(__dirname, '..', '..');
  const extensionDevelopmentPath = repoRoot;
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-fixture-'));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'bilingual'), fixture, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [fixture, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { JEKYLL_POSTS_FIXTURE: fixture },
    });
  } finally {
    fs.rmSync(fixture, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('Failed to run the integration tests:', err);
  process.exit(1);
});
