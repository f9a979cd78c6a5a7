#!/usr/bin/env node
// Grammar tests for syntaxes/jekyll-liquid.injection.tmLanguage.json, with vscode-tmgrammar-test's
// parser and runner (vscode-textmate + oniguruma, as VS Code tokenizes). The injection is tested
// inside VS Code's own Markdown grammar (test/grammar/markdown.tmLanguage.json, MIT, from VS Code's
// markdown-basics extension), so "fenced code is left alone" is checked against the real scopes.
//
//   node test/grammar/run.mjs [--dump FILE]
//
// Each `^^^ scope` assertion counts as one test. Last line: `grammar: N passed, N failed`; exit 1
// when any failed (or none ran).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const { createRegistryFromGrammars } = require('vscode-tmgrammar-test/dist/common/index.js');
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const grammars = [
  { grammar: { path: path.join(here, 'markdown.tmLanguage.json'), scopeName: 'text.html.markdown' } },
  ...(manifest.contributes.grammars ?? []).map((g) => ({ grammar: { ...g, path: path.join(root, g.path) } })),
].map(({ grammar }) => ({ grammar, content: fs.readFileSync(grammar.path, 'utf8') }));

// Markdown embeds many languages; only the ones under test are loaded here.
const warn = console.warn;
console.warn = (...args) => { if (!/grammar not found/.test(String(args[0]))) warn(...args); };
const registry = createRegistryFromGrammars(grammars);

async function dump(file) {
  const tc = parseGrammarTestCase(fs.readFileSync(file, 'utf8'));
  const grammar = await registry.loadGrammar(tc.metadata.scope);
  let stack = null;
  for (const line of tc.source) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    stack = ruleStack;
    console.log(JSON.stringify(line));
    for (const t of tokens) console.log(`  ${t.startIndex}-${t.endIndex} ${JSON.stringify(line.slice(t.startIndex, t.endIndex))} ${t.scopes.slice(1).join(' ')}`);
  }
}

async function main() {
  const dumpAt = process.argv.indexOf('--dump');
  if (dumpAt !== -1) return dump(process.argv[dumpAt + 1]);
  const files = fs.readdirSync(here).filter((f) => f.endsWith('.test.md')).sort().map((f) => path.join(here, f));
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const tc = parseGrammarTestCase(fs.readFileSync(file, 'utf8'));
    for (const lineAssertion of tc.assertions) {
      for (const assertion of lineAssertion.scopeAssertions) {
        const one = { ...tc, assertions: [{ ...lineAssertion, scopeAssertions: [assertion] }] };
        const failures = await runGrammarTestCase(registry, one);
        if (failures.length === 0) passed++;
        else {
          failed++;
          const src = tc.source[lineAssertion.sourceLineNumber];
          console.log(`FAIL ${path.relative(root, file)}:${lineAssertion.testCaseLineNumber + 1} ${JSON.stringify(src.slice(assertion.from, assertion.to))} in ${JSON.stringify(src)}`);
          for (const f of failures) {
            console.log(`     missing [${f.missing.join(' ')}] unexpected [${f.unexpected.join(' ')}] actual [${f.actual.join(' ')}]`);
          }
        }
      }
    }
  }
  console.log(`grammar: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  console.log('grammar: 0 passed, 1 failed');
  process.exitCode = 1;
});
