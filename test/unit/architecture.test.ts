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

/** Import cycles among the given sources (path -> text), as chains of paths; relative imports only, type imports included. */
export function importCycles(sources: ReadonlyMap<string, string>): string[] {
  const resolveImport = (from: string, spec: string): string | undefined => {
    const parts = from.split('/').slice(0, -1);
    for (const segment of spec.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    const base = parts.join('/');
    return [`${base}.ts`, `${base}.mts`, `${base}/index.ts`].find((p) => sources.has(p));
  };
  const graph = new Map<string, string[]>();
  for (const [path, text] of sources) {
    const deps = importsOf(text).filter((n) => n.startsWith('.')).map((n) => resolveImport(path, n)).filter((p): p is string => p !== undefined);
    graph.set(path, deps);
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].join(' -> '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('no module of src imports itself through others', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const sources = new Map([
      ['core/a.ts', "import { b } from './b';"],
      ['core/b.ts', "import type { C } from '../core/sub/c';"],
      ['core/sub/c.ts', "export { a } from '../a';"],
      ['core/d.ts', "import { a } from './a';"],
    ]);
    assert.deepEqual(importCycles(sources), ['core/a.ts -> core/b.ts -> core/sub/c.ts -> core/a.ts']);
  });
  it('src has no import cycle', () => {
    const sources = new Map<string, string>();
    for (const ext of ['.ts', '.mts']) for (const file of files(join(root, 'src'), ext)) sources.set(relative(join(root, 'src'), file).split('\\').join('/'), readFileSync(file, 'utf8'));
    assert.deepEqual(importCycles(sources), []);
  });
});
