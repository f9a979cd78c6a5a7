// The files under a folder, as paths relative to it with `/` (none when the folder does not exist).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {{ skip?: ReadonlySet<string> }} [options] folder or file names left out at any depth */
export function listFiles(root, rel = '', options = {}) {
  const out = [];
  let names;
  try {
    names = readdirSync(join(root, rel)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (options.skip?.has(name)) continue;
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(join(root, r)).isDirectory()) out.push(...listFiles(root, r, options));
    else out.push(r);
  }
  return out;
}
