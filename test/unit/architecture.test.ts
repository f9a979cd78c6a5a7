import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');

function* files(folder: string, ext: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path, ext);
    else if (entry.name.endsWith(ext)) yield path;
  }
}

const NODE_BUILTINS = new Set(['assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib']);

/** Module names a source imports or requires. */
export function importsOf(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) names.push(m[1]);
  return names;
}

export function forbiddenCoreImports(source: string): string[] {
  return importsOf(source).filter((name) => name === 'vscode' || name.startsWith('node:') || NODE_BUILTINS.has(name));
}

describe('the core stays free of the editor and of Node', () => {
  it('finds a forbidden import when there is one (the check itself works)', () => {
    assert.deepEqual(forbiddenCoreImports("import * as vscode from 'vscode';\nimport { readFile } from \"node:fs\";\nconst p = require('path');\nimport 'os';"), ['vscode', 'node:fs', 'path', 'os']);
    assert.deepEqual(forbiddenCoreImports("import { parse } from 'yaml';\nimport { x } from './fs';"), []);
  });
  for (const file of files(join(root, 'src', 'core'), '.ts')) {
    it(`${relative(root, file)} imports neither vscode nor a Node built-in`, () => {
      assert.deepEqual(forbiddenCoreImports(readFileSync(file, 'utf8')), []);
    });
  }
});
