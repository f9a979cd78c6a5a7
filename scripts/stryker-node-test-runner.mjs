/**
 * A Stryker test runner for this project's unit tests (node:test, compiled to CommonJS in out/),
 * run inside Stryker's worker process instead of one `node` process per test file (the tap
 * runner). On this 2-core machine, shared, the tap runner spent about 1.5 s per test file starting
 * Node and loading the code, and ran whole files: 2 mutants a minute. Here:
 *
 * - `node:test`'s `describe`/`it`/`test`/`before`/`after`/`beforeEach`/`afterEach` are collected
 *   by a small stand-in (the only parts of node:test these files use), then run in order.
 * - Before each file is loaded, every module under `out/` is dropped from Node's cache, so each run
 *   starts from fresh module state (no cache filled while another mutant was active), and a mutant
 *   in code that runs at load time is active from the start.
 * - Coverage is per test: what a test runs, plus what its file runs while loading and in its hooks.
 *   A mutant runs only the tests that reach it, in file order, and stops at the first failure.
 * - A test that fails when run without the tests before it may depend on them: a kill by such a
 *   test is checked by running that test alone without the mutant; if it fails alone too, the
 *   mutant is run again with its whole file, in order, and that result counts.
 * - Endless loops: Stryker's hit limit (the instrumented code counts calls) gives a time-out; a
 *   run that never ends is cut by Stryker's own time-out, which restarts this worker.
 *
 * Configuration: `"testRunner": "node-test"`, `"plugins": ["./scripts/stryker-node-test-runner.mjs"] (alone: see docs/mutation.md)`,
 * `"nodeTest": { "testFiles": [...] }` (paths relative to the project, compiled test files).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { commonTokens, declareClassPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { determineHitLimitReached, DryRunStatus, TestStatus, toMutantRunResult } from '@stryker-mutator/api/test-runner';

const SETUP = '\u0000setup';
/** A test file that cannot load because a package is missing: the environment broke, not a test. */
class MissingDependency extends Error {}
/** Which tests reach which mutant, written by the dry run in the sandbox (the working folder of every worker). */
const COVERAGE_FILE = '.node-test-coverage.json';

/** The stand-in for node:test: builds a tree of suites and tests while a file loads. */
let collecting;
const shim = (() => {
  const args = (a, b, c) => {
    if (typeof a === 'function') return { name: a.name || '<anonymous>', opts: {}, fn: a };
    if (typeof b === 'function') return { name: String(a), opts: {}, fn: b };
    return { name: String(a), opts: b ?? {}, fn: c };
  };
  const suite = (name, parent, opts = {}) => ({ kind: 'suite', name, parent, opts, children: [], before: [], after: [], beforeEach: [], afterEach: [] });
  const test = (force) => (a, b, c) => {
    const { name, opts, fn } = args(a, b, c);
    if (!collecting) throw new Error(`node:test stand-in: test "${name}" declared outside a loading file`);
    collecting.children.push({ kind: 'test', name, parent: collecting, opts: { ...opts, ...force }, fn });
  };
  const describe = (force) => (a, b, c) => {
    const { name, opts, fn } = args(a, b, c);
    const s = suite(name, collecting, { ...opts, ...force });
    collecting.children.push(s);
    const outer = collecting;
    collecting = s;
    try {
      const result = fn?.();
      if (result && typeof result.then === 'function') s.pending = result;
    } finally {
      collecting = outer;
    }
  };
  const hook = (kind) => (fn) => collecting[kind].push(fn);
  const withVariants = (make) => Object.assign(make({}), { skip: make({ skip: true }), todo: make({ todo: true }), only: make({}) });
  const it = withVariants(test);
  const d = withVariants(describe);
  return { suite: d, describe: d, it, test: it, before: hook('before'), after: hook('after'), beforeEach: hook('beforeEach'), afterEach: hook('afterEach'), newRoot: () => suite('', undefined) };
})();

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'node:test' || request === 'test') return shim;
  return originalLoad.call(this, request, ...rest);
};

const ns = () => (globalThis.__stryker__ ??= {});

class NodeTestRunner {
  static inject = tokens(commonTokens.options, commonTokens.logger);
  testFiles = [];
  /** Test id -> whether it passes alone, without a mutant (checked when a kill needs it). */
  alone = new Map();
  /** "source file\ntest file" -> mutants of that source file killed by that test file, in this worker. */
  kills = new Map();

  constructor(options, log) {
    this.options = options;
    this.log = log;
  }

  capabilities() {
    return { reloadEnvironment: true };
  }

  async init() {
    const files = this.options.nodeTest?.testFiles;
    if (!Array.isArray(files) || files.length === 0) throw new Error('nodeTest.testFiles: list the compiled test files to run');
    this.testFiles = files;
    this.outDir = path.resolve('out') + path.sep;
    this.require = createRequire(path.resolve('package.json'));
    process.on('unhandledRejection', (error) => {
      this.stray ??= error;
    });
    process.on('uncaughtException', (error) => {
      this.stray ??= error;
    });
  }

  /** Drops our compiled modules from the cache and loads one test file, collecting its tests. */
  load(file) {
    for (const key of Object.keys(this.require.cache)) if (key.startsWith(this.outDir)) delete this.require.cache[key];
    const root = shim.newRoot();
    collecting = root;
    ns().currentTestId = `${file}${SETUP}`;
    try {
      this.require(path.resolve(file));
      return { root };
    } catch (error) {
      return { root, error };
    } finally {
      collecting = undefined;
    }
  }

  /** The tests of a tree, depth first, with unique ids. */
  list(file, root) {
    const out = [];
    const seen = new Map();
    const walk = (node, names) => {
      for (const child of node.children) {
        const here = [...names, child.name];
        if (child.kind === 'suite') walk(child, here);
        else {
          let id = `${file} > ${here.join(' > ')}`;
          const n = (seen.get(id) ?? 0) + 1;
          seen.set(id, n);
          if (n > 1) id += ` #${n}`;
          child.id = id;
          // Also known by its place: a mutant can change a test's name (names built from the core's data).
          child.pos = `${file} > #${out.length}`;
          out.push(child);
        }
      }
    };
    walk(root, []);
    return out;
  }

  /** Runs the selected tests of one loaded file in order (all when `selected` is undefined). */
  async runFile(file, selected, bail, results) {
    const { root, error } = this.load(file);
    const tests = this.list(file, root);
    if (error) {
      // A module that cannot be found is the machine's fault (node_modules changed under the run),
      // never the mutant's: Stryker does not mutate imports. Counting it as a kill once turned 646
      // mutants into false kills when node_modules was emptied in the middle of a run.
      if (error?.code === 'MODULE_NOT_FOUND') throw new MissingDependency(`${file}: ${error.message}`);
      results.push({ id: `${file} (loading)`, name: `${file} (loading)`, fileName: file, status: TestStatus.Failed, failureMessage: String(error?.message ?? error), timeSpentMs: 0 });
      return false;
    }
    const wanted = (node) => (node.kind === 'test' ? !selected || selected.has(node.id) || selected.has(node.pos) : node.children.some(wanted));
    const skipped = (node) => Boolean(node.opts?.skip || node.opts?.todo) || (node.parent ? skipped(node.parent) : false);
    let ok = true;
    const runSuite = async (suite) => {
      if (suite.pending) await suite.pending;
      ns().currentTestId = `${file}${SETUP}`;
      let hookError;
      for (const h of suite.before) {
        try {
          await h();
        } catch (e) {
          hookError = e;
          break;
        }
      }
      for (const child of suite.children) {
        if (!ok && bail) break;
        if (!wanted(child)) continue;
        if (child.kind === 'suite') {
          await runSuite(child);
          continue;
        }
        if (skipped(child)) {
          results.push({ id: child.id, pos: child.pos, name: child.id, fileName: file, status: TestStatus.Skipped, timeSpentMs: 0 });
          continue;
        }
        const start = performance.now();
        let failure = hookError;
        this.stray = undefined;
        if (!failure) {
          try {
            const chain = [];
            for (let s = suite; s; s = s.parent) chain.unshift(s);
            for (const s of chain) for (const h of s.beforeEach) await h();
            ns().currentTestId = child.id;
            await child.fn?.({ name: child.name, diagnostic() {}, skip() {}, todo() {} });
            ns().currentTestId = `${file}${SETUP}`;
            for (const s of chain.reverse()) for (const h of s.afterEach) await h();
          } catch (e) {
            failure = e;
          }
          await new Promise((resolve) => setImmediate(resolve));
          failure ??= this.stray;
        }
        ns().currentTestId = `${file}${SETUP}`;
        const timeSpentMs = performance.now() - start;
        if (failure !== undefined) {
          ok = false;
          results.push({ id: child.id, pos: child.pos, name: child.id, fileName: file, status: TestStatus.Failed, failureMessage: String(failure?.message ?? failure), timeSpentMs });
        } else results.push({ id: child.id, pos: child.pos, name: child.id, fileName: file, status: TestStatus.Success, timeSpentMs });
      }
      for (const h of suite.after) {
        try {
          await h();
        } catch {
          // cleanup (temporary folders); its failure says nothing about the code under test
        }
      }
    };
    await runSuite(root);
    ns().currentTestId = undefined;
    return ok;
  }

  async dryRun() {
    const s = ns();
    s.activeMutant = undefined;
    s.hitLimit = undefined;
    s.hitCount = undefined;
    s.mutantCoverage = { static: {}, perTest: {} };
    const results = [];
    for (const file of this.testFiles) await this.runFile(file, undefined, false, results);
    const { perTest } = s.mutantCoverage;
    s.mutantCoverage = undefined;
    // Stryker sees one test per file (its report stays small: a test id per file, as with the tap
    // runner); which tests of a file reach a mutant is kept here, in the sandbox, for the workers.
    // Those tests carry no fileName: Stryker's incremental mode then knows them by name alone. With
    // a fileName it looks for that file's source among the project's files to diff it, does not
    // find the compiled `out/` file, counts every old test as removed, and reuses no killed mutant.
    // What a file runs while loading and in its hooks counts for each of its tests.
    const byMutant = {};
    const files = new Map();
    for (const r of results) {
      const f = files.get(r.fileName) ?? { id: r.fileName, name: r.fileName, status: TestStatus.Success, timeSpentMs: 0, coverage: {} };
      files.set(r.fileName, f);
      f.timeSpentMs += r.timeSpentMs;
      if (r.status === TestStatus.Failed) {
        f.status = TestStatus.Failed;
        f.failureMessage = `${r.id}: ${r.failureMessage}`;
      }
      const hits = { ...(perTest[`${r.fileName}${SETUP}`] ?? {}) };
      for (const [id, n] of Object.entries(perTest[r.id] ?? {})) hits[id] = (hits[id] ?? 0) + n;
      for (const [id, n] of Object.entries(hits)) {
        (byMutant[id] ??= []).push(r.id, r.pos);
        f.coverage[id] = (f.coverage[id] ?? 0) + n;
      }
    }
    writeFileSync(COVERAGE_FILE, JSON.stringify(byMutant));
    this.byMutant = byMutant;
    const coverage = { static: {}, perTest: {} };
    const tests = [];
    for (const { coverage: c, ...test } of files.values()) {
      coverage.perTest[test.id] = c;
      tests.push(test);
    }
    return { status: DryRunStatus.Complete, tests, mutantCoverage: coverage };
  }

  /** The tests (ids) that reach a mutant, from the dry run; undefined when not known (every test of the files). */
  testsOf(mutantId) {
    if (!this.byMutant) {
      try {
        this.byMutant = JSON.parse(readFileSync(COVERAGE_FILE, 'utf8'));
      } catch {
        this.byMutant = {};
      }
    }
    const ids = this.byMutant[mutantId];
    return ids ? new Set(ids) : undefined;
  }

  /** One result per test file, as the dry run gave them to Stryker. */
  perFile(result) {
    if (result.status !== DryRunStatus.Complete) return result;
    const files = new Map();
    for (const r of result.tests) {
      const file = this.fileOf(r.id) ?? r.fileName;
      const f = files.get(file) ?? { id: file, name: file, status: TestStatus.Skipped, timeSpentMs: 0 };
      files.set(file, f);
      f.timeSpentMs += r.timeSpentMs;
      if (r.status === TestStatus.Failed && f.status !== TestStatus.Failed) Object.assign(f, { status: TestStatus.Failed, failureMessage: `${r.id}: ${r.failureMessage}` });
      else if (r.status === TestStatus.Success && f.status === TestStatus.Skipped) f.status = TestStatus.Success;
    }
    return { ...result, tests: [...files.values()] };
  }

  /**
   * The order test files run in for a mutant: which tests run does not change, only how soon a
   * failing one is reached (a mutant stops at its first failure). First the test file named after
   * the mutated file (permalink.ts: permalink.test.js; a lint rule: rules and lintRules), then the
   * files that killed most mutants of that source file so far in this worker, then the list's order.
   */
  order(sourceFile, files) {
    const base = path.basename(sourceFile ?? '', '.ts');
    const rule = /[\\/]lint[\\/]rules[\\/]/.test(sourceFile ?? '');
    const rank = (f) => {
      const name = path.basename(f, '.test.js');
      if (name === base) return -2;
      if (rule && (name === 'rules' || name === 'lintRules')) return -1;
      return -(this.kills.get(`${sourceFile}\n${f}`) ?? 0) / 1e6;
    };
    return files.map((f, i) => [rank(f), i, f]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , f]) => f);
  }

  /** The test file of a test id (ids start with their file's path). */
  fileOf(id) {
    return this.testFiles.find((f) => id.startsWith(`${f} > `));
  }

  /** Runs tests with the mutant active: `selected` ids, in file order, or every test; `wholeFiles` run in full. */
  async runWithMutant(mutantId, sourceFile, hitLimit, selected, disableBail, wholeFiles = new Set()) {
    const s = ns();
    s.activeMutant = mutantId;
    s.hitLimit = hitLimit;
    s.hitCount = hitLimit === undefined ? undefined : 0;
    const results = [];
    try {
      const files = this.order(sourceFile, selected ? this.testFiles.filter((f) => wholeFiles.has(f) || [...selected].some((id) => this.fileOf(id) === f)) : this.testFiles);
      for (const file of files) {
        const ok = await this.runFile(file, wholeFiles.has(file) ? undefined : selected, !disableBail, results);
        const limit = determineHitLimitReached(s.hitCount, s.hitLimit);
        if (limit) return limit;
        if (!ok) this.kills.set(`${sourceFile}\n${file}`, (this.kills.get(`${sourceFile}\n${file}`) ?? 0) + 1);
        if (!ok && !disableBail) break;
      }
      return { status: DryRunStatus.Complete, tests: results };
    } catch (e) {
      if (!(e instanceof MissingDependency)) throw e;
      // An error result: Stryker counts the mutant as a runtime error, outside the score, and goes on.
      return { status: DryRunStatus.Error, errorMessage: e.message };
    } finally {
      s.activeMutant = undefined;
      s.hitLimit = undefined;
      s.hitCount = undefined;
    }
  }

  async passesAlone(id) {
    if (!this.alone.has(id)) {
      const results = [];
      await this.runFile(this.fileOf(id), new Set([id]), true, results);
      this.alone.set(id, results.length > 0 && results.every((r) => r.status !== TestStatus.Failed));
    }
    return this.alone.get(id);
  }

  async mutantRun(options) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await this.mutantRunTimed(options);
    const log = process.env.STRYKER_NODE_TEST_LOG; // one line per mutant: where the time goes
    if (log) {
      const used = process.cpuUsage(cpu);
      const m = options.activeMutant;
      const where = `${m.location.start.line + 1}:${m.location.start.column + 1}`;
      const line = [m.id, m.fileName, result.status, options.testFilter?.length ?? 'all', result.nrOfTests ?? '', Math.round(performance.now() - start), Math.round((used.user + used.system) / 1000), where, m.mutatorName, JSON.stringify(m.replacement ?? '').slice(0, 200)];
      appendFileSync(log, `${line.join('\t')}\n`);
    }
    return result;
  }

  async mutantRunTimed({ activeMutant, testFilter, hitLimit, disableBail }) {
    // testFilter: the files that reach the mutant; of those, only the tests that reach it run.
    const tests = this.testsOf(activeMutant.id);
    const whole = new Set(testFilter ? testFilter.filter((f) => !tests || ![...tests].some((id) => this.fileOf(id) === f)) : []);
    const selected = testFilter ? new Set([...(tests ?? [])].filter((id) => testFilter.includes(this.fileOf(id)))) : undefined;
    let result = await this.runWithMutant(activeMutant.id, activeMutant.fileName, hitLimit, selected, disableBail, whole);
    if (result.status === DryRunStatus.Error) return toMutantRunResult(result);
    if (selected && result.status === DryRunStatus.Complete) {
      const failed = result.tests.filter((t) => t.status === TestStatus.Failed);
      const doubtful = [];
      for (const t of failed) if (this.fileOf(t.id) && !whole.has(this.fileOf(t.id)) && !(await this.passesAlone(t.id))) doubtful.push(t.id);
      if (doubtful.length > 0 && doubtful.length === failed.length) {
        // Those tests need the ones before them: run the mutant again with their whole files.
        for (const id of doubtful) whole.add(this.fileOf(id));
        this.log.info(`node-test: ${doubtful.join(', ')} fails alone without the mutant; mutant ${activeMutant.id} runs again with the whole file`);
        result = await this.runWithMutant(activeMutant.id, activeMutant.fileName, hitLimit, selected, disableBail, whole);
      }
    }
    if (selected && result.status === DryRunStatus.Complete && result.tests.every((t) => t.status !== TestStatus.Failed)) {
      // A survivor of the tests that reached it in the dry run. Code whose result is cached per
      // module (a configuration's rule list, a site's keys) runs only in the first test of a file
      // that asks for it, so later tests of that file that read the cached value were not counted:
      // before it counts as surviving, the mutant runs the whole of each file that reaches it.
      const files = new Set([...selected].map((id) => this.fileOf(id)).filter((f) => f && !whole.has(f)));
      if (files.size > 0) {
        for (const f of files) whole.add(f);
        result = await this.runWithMutant(activeMutant.id, activeMutant.fileName, hitLimit, selected, disableBail, whole);
        if (result.status === DryRunStatus.Error) return toMutantRunResult(result);
        if (result.status === DryRunStatus.Complete && result.tests.some((t) => t.status === TestStatus.Failed)) this.log.info(`node-test: mutant ${activeMutant.id} survived the tests that reached it in the dry run, and is killed by their whole files`);
      }
    }
    return toMutantRunResult(this.perFile(result));
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'node-test', NodeTestRunner)];

/** Declares the `nodeTest` option, so Stryker validates it instead of warning that it is unknown. */
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  type: 'object',
  properties: {
    nodeTest: {
      type: 'object',
      properties: { testFiles: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  },
};
