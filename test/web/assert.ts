// Node's `assert`, as much of it as the integration suite uses, for the web worker host (which has no
// Node built-ins). The web-worker stage bundles the suite with `assert` pointing here.
import { isDeepStrictEqual } from './deepEqual';

export class AssertionError extends Error {
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v: unknown) => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, (_, x) => (x instanceof RegExp ? String(x) : x)) ?? String(v);
  } catch {
    return String(v);
  }
};
function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`, value, true);
}
export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}
export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `expected a value other than ${show(expected)}`, actual, expected);
}
export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}
export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepStrictEqual(actual, expected)) fail(message, `expected a value other than ${show(expected)}`, actual, expected);
}
export function match(text: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(text)) fail(message, `${show(text)} does not match ${pattern}`, text, pattern);
}
export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(text)) fail(message, `${show(text)} matches ${pattern}`, text, pattern);
}
export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    if (expected && !expected.test(e instanceof Error ? e.message : String(e))) fail(message, `rejected with ${show(String(e))}, not ${expected}`);
    return;
  }
  fail(message, 'expected a rejection');
}
export function throws(fn: () => unknown, expected?: RegExp, message?: string): void {
  try {
    fn();
  } catch (e) {
    if (expected && !expected.test(e instanceof Error ? e.message : String(e))) fail(message, `threw ${show(String(e))}, not ${expected}`);
    return;
  }
  fail(message, 'expected an exception');
}
export const equal = strictEqual;
export const notEqual = notStrictEqual;
export const deepEqual = deepStrictEqual;
export const strict = { ok, strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, rejects, throws, equal, notEqual, deepEqual, AssertionError };
