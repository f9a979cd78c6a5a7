// The CLI benchmark's baseline: a Node process that only reads every file of a site, the plainest
// and fastest way (readdirSync, readFileSync), and prints how many bytes it read.
// Usage: node bench/reader.mjs SITE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
const visit = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (entry.isFile()) bytes += readFileSync(path).length;
  }
};
visit(process.argv[2]);
console.log(bytes);
