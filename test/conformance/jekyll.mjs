// Real Jekyll for the conformance stages: Debian's package, installed when missing (CI's fresh machine).
import { execFileSync, spawnSync } from 'node:child_process';

/** The `jekyll --version` line, after installing Debian's `jekyll` if it is not there. */
export function ensureJekyll() {
  const probe = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return probe.stdout.trim();
  console.log("jekyll is missing: installing Debian's package");
  execFileSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y jekyll'], { stdio: 'inherit' });
  return spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).stdout.trim();
}
