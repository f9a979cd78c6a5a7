// Real Jekyll for the conformance stages: Debian's packages, installed when missing (CI's fresh machine).
import { execFileSync, spawnSync } from 'node:child_process';

/** Debian packages the stages build with, each with the Ruby library that tells it is there. */
const PACKAGES = [
  ['jekyll', 'jekyll'],
  // "Rename post" keeps the old URL alive with redirect_from: its page is checked when the plugin loads.
  ['ruby-jekyll-redirect-from', 'jekyll-redirect-from'],
];

const loads = (library) => spawnSync('ruby', ['-e', `require ${JSON.stringify(library)}`], { encoding: 'utf8' }).status === 0;

/** The `jekyll --version` line, after installing Debian's `jekyll` (and the plugins the stages use) if they are not there. */
export function ensureJekyll() {
  const probe = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  const missing = PACKAGES.filter(([pkg, library]) => (pkg === 'jekyll' ? probe.status !== 0 : !loads(library))).map(([pkg]) => pkg);
  if (missing.length === 0) return probe.stdout.trim();
  console.log(`missing Debian packages, installing: ${missing.join(' ')}`);
  execFileSync('sh', ['-c', `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`], { stdio: 'inherit' });
  return spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).stdout.trim();
}
