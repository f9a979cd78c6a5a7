// A small BDD runner for VS Code's web worker extension host, where mocha's Node build cannot load:
// describe / it / before / after / beforeEach / afterEach, async functions, `this.timeout(ms)`,
// with mocha's order (hooks of outer suites first). run() prints each result and ends with
// `web-worker: N passed, N failed`, which test/harness/run-web-worker.mjs reads.
type Fn = (this: Context) => unknown;
interface Context { timeout(ms: number): void }
interface Test { name: string; fn: Fn }
interface Suite {
  name: string;
  parent?: Suite;
  tests: Test[];
  suites: Suite[];
  before: Fn[];
  after: Fn[];
  beforeEach: Fn[];
  afterEach: Fn[];
}

const DEFAULT_TIMEOUT = 20_000;
const root: Suite = { name: '', tests: [], suites: [], before: [], after: [], beforeEach: [], afterEach: [] };
let current = root;

const g = globalThis as Record<string, unknown>;
g.describe = (name: string, body: () => void) => {
  const suite: Suite = { name, parent: current, tests: [], suites: [], before: [], after: [], beforeEach: [], afterEach: [] };
  current.suites.push(suite);
  const outer = current;
  current = suite;
  try {
    body();
  } finally {
    current = outer;
  }
};
g.it = (name: string, fn: Fn) => current.tests.push({ name, fn });
g.before = (fn: Fn) => current.before.push(fn);
g.after = (fn: Fn) => current.after.push(fn);
g.beforeEach = (fn: Fn) => current.beforeEach.push(fn);
g.afterEach = (fn: Fn) => current.afterEach.push(fn);

/** Runs one function with mocha's `this`, failing when it does not settle within its timeout. */
async function call(fn: Fn): Promise<void> {
  let limit = DEFAULT_TIMEOUT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const context: Context = { timeout: (ms) => { limit = ms; } };
  // The synchronous part runs now, so a `this.timeout()` at its start is known before the timer starts.
  const result = (async () => fn.call(context))();
  try {
    await Promise.race([result, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${limit} ms`)), limit); })]);
  } finally {
    clearTimeout(timer);
  }
}

function chain(suite: Suite | undefined): Suite[] {
  const out: Suite[] = [];
  for (let s = suite; s; s = s.parent) out.unshift(s);
  return out;
}

let passed = 0;
let failed = 0;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 6).join('\n    ');

async function runSuite(suite: Suite, depth: number): Promise<void> {
  const indent = '  '.repeat(depth);
  if (suite.name) console.log(`${indent}${suite.name}`);
  try {
    for (const hook of suite.before) await call(hook);
  } catch (e) {
    failed++;
    console.log(`${indent}  ✗ "before all" hook: ${message(e)}`);
    return;
  }
  for (const test of suite.tests) {
    const suites = chain(suite);
    try {
      for (const s of suites) for (const hook of s.beforeEach) await call(hook);
      await call(test.fn);
      passed++;
      console.log(`${indent}  ✓ ${test.name}`);
    } catch (e) {
      failed++;
      console.log(`${indent}  ✗ ${test.name}: ${message(e)}`);
    } finally {
      for (const s of suites.reverse()) for (const hook of s.afterEach) await call(hook).catch((e) => console.log(`${indent}  (afterEach: ${message(e)})`));
    }
  }
  for (const child of suite.suites) await runSuite(child, depth + 1);
  for (const hook of suite.after) await call(hook).catch((e) => { failed++; console.log(`${indent}  ✗ "after all" hook: ${message(e)}`); });
}

export async function run(): Promise<void> {
  await runSuite(root, 0);
  console.log(`web-worker: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) throw new Error(`${failed} failed, ${passed} passed`);
}
