import { M, msg } from '../messages';
import { SiteConfig, deepMerge, cachedDefaultsFor } from '../site/config';
import { FrontMatterBlock, parseFrontMatter, ParsedFrontMatter, splitFrontMatter } from '../site/frontMatter';
import { frontMatterPrefixEnd } from '../site/frontMatterData';
import { SiteDocumentInfo } from '../site/post';
import { allRules } from './rules';
import { DEFAULT_LINT_SETTINGS, Finding, FindingDraft, LintContext, LintSettings, Rule, Severity, SeveritySetting } from './types';
import { SiteFacts } from '../site/siteFacts';
import { JekyllValue } from '../site/scalars';
import { projectConfig } from '../site/projectConfig';
import { applySuppressions, findSuppressions, UNUSED_SUPPRESSION } from './suppressions';

export interface LintOptions {
  /**
   * The user's per-rule severities (`jekyllPosts.rules.<id>`), `off` to turn a rule off. The site's
   * `jekyll_posts: rules:` block wins over them (see effectiveRules).
   */
  readonly rules?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** Per-rule severities for one run (the CLI's `--rule`): they win over the site's block. */
  readonly overrides?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** The rules to run; all of them by default. */
  readonly ruleSet?: readonly Rule[];
  /** Site-wide knowledge for the rules that compare a post with the others. */
  readonly site?: SiteFacts;
  /** `site.siteDocuments` was computed from the texts being linted (the CLI reads each file once). */
  readonly siteDocumentsCurrent?: boolean;
  /** Settings; the build time defaults to now and the zone to the site's, else UTC. */
  readonly settings?: Partial<LintSettings>;
}

export interface LintInput {
  readonly text: string;
  readonly document: SiteDocumentInfo;
  readonly config: SiteConfig;
  /** Already parsed front matter of `text`, when the caller has it. */
  readonly frontMatter?: ParsedFrontMatter;
  /** That front matter merged over its defaults (effectiveFrontMatter), when the caller has it. */
  readonly effective?: Readonly<Record<string, JekyllValue>>;
}

/** The defaults `_config.yml` gives a document. */
export function documentDefaults(document: SiteDocumentInfo, config: SiteConfig): LintContext['defaults'] {
  // Posts, drafts and collection documents have their collection (posts and drafts: `posts`); pages have none.
  const type = document.collection ?? 'pages';
  return cachedDefaultsFor(config, document.relativePath, type);
}

/** Front matter with defaults merged under it: what Jekyll's `page` holds before it adds its own keys. */
export function effectiveFrontMatter(document: SiteDocumentInfo, config: SiteConfig, frontMatter: ParsedFrontMatter): LintContext['effective'] {
  return deepMerge(documentDefaults(document, config), frontMatter.data ?? {});
}

/**
 * The settings rules read: the defaults, under the host's settings (a VS Code user's), under what
 * the site's `jekyll_posts:` block says (the team's choice wins where it says something).
 */
export function resolveSettings(config: SiteConfig, settings: Partial<LintSettings> = {}): LintSettings {
  const project = projectConfig(config);
  return {
    ...DEFAULT_LINT_SETTINGS,
    ...settings,
    ...(project.languages ? { languages: project.languages } : {}),
    ...(project.requiredKeys ? { requiredKeys: project.requiredKeys } : {}),
    ...(project.translationKey ? { translationKey: project.translationKey } : {}),
    now: settings.now ?? new Date(),
    timezone: config.timezone ?? settings.timezone ?? 'UTC',
  };
}

/** resolveSettings, once per configuration and settings object when the host keeps passing the same one (the CLI, a whole-site lint). */
const resolved = new WeakMap<SiteConfig, WeakMap<object, LintSettings>>();

function settingsFor(config: SiteConfig, settings: Partial<LintSettings> | undefined): LintSettings {
  if (!settings?.now) return resolveSettings(config, settings); // "now" changes from call to call
  let byConfig = resolved.get(config);
  if (!byConfig) resolved.set(config, (byConfig = new WeakMap()));
  let found = byConfig.get(settings);
  if (!found) byConfig.set(settings, (found = resolveSettings(config, settings)));
  return found;
}

const NO_RULES: Readonly<Record<string, SeveritySetting | undefined>> = Object.freeze({});
let lastRules: { config: SiteConfig; rules: LintOptions['rules']; overrides: LintOptions['overrides']; result: Readonly<Record<string, SeveritySetting | undefined>> } | undefined;

/**
 * Per-rule severities, in order of precedence: a one-off run's overrides (`--rule`), then the site's
 * `jekyll_posts: rules:` block, then the user's settings, then each rule's default (not included).
 */
export function effectiveRules(config: SiteConfig, options: Pick<LintOptions, 'rules' | 'overrides'>): Readonly<Record<string, SeveritySetting | undefined>> {
  const site = projectConfig(config).rules;
  if (!options.overrides) {
    let empty = true;
    for (const _ in site) {
      empty = false;
      break;
    }
    if (empty) return options.rules ?? NO_RULES;
  }
  if (lastRules && lastRules.config === config && lastRules.rules === options.rules && lastRules.overrides === options.overrides) return lastRules.result;
  const result = { ...options.rules, ...site, ...options.overrides };
  lastRules = { config, rules: options.rules, overrides: options.overrides, result };
  return result;
}

/** The rule that reports a rule's own failure (a bug in Jekyll Posts, not in the post). */
export const INTERNAL_ERROR = 'internal-error';

/** The finding that stands for a rule that threw: on the whole file, naming the rule and the error. */
export function ruleFailure(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return { rule: INTERNAL_ERROR, severity: 'error', range: { start: 0, end: 0 }, message: msg('Rule `{0}` failed on this file, so its findings are missing: {1}. This is a bug in Jekyll Posts; please report it.', ruleId, reason) };
}

/** Runs the rules on one document. Never throws: a rule that fails becomes an `internal-error` finding naming it, and the other rules still run. */
export function lintDocument(input: LintInput, options: LintOptions = {}): Finding[] {
  const frontMatter = input.frontMatter ?? parseFrontMatter(input.text);
  const defaults = documentDefaults(input.document, input.config);
  const context: LintContext = {
    text: input.text,
    frontMatter,
    document: input.document,
    config: input.config,
    defaults,
    effective: input.effective ?? deepMerge(defaults, frontMatter.data ?? {}),
    site: options.site,
    siteDocumentsCurrent: options.siteDocumentsCurrent,
    settings: settingsFor(input.config, options.settings),
    memo: {},
  };
  const findings: Finding[] = [];
  const severities = effectiveRules(input.config, options);
  // One report function for all rules (this runs for every document of a site).
  let rule: Rule = allRules[0];
  let setting: SeveritySetting = 'off';
  let overridden = false;
  const report = (draft: FindingDraft): void => {
    findings.push({ ...draft, rule: rule.id, severity: overridden ? (setting as Severity) : draft.severity ?? (setting as Severity) });
  };
  for (rule of options.ruleSet ?? allRules) {
    const override = severities[rule.id];
    setting = override ?? rule.defaultSeverity;
    overridden = Boolean(override);
    if (setting === 'off') continue;
    try {
      rule.check(context, report);
    } catch (error) {
      // A rule bug must not take the other findings with it, nor hide: the user sees which rule
      // failed, so a missing finding is never mistaken for a clean file.
      findings.push(ruleFailure(rule.id, error));
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  // Suppression comments: looked for only where the front matter names them (one string search).
  const suppressions = findSuppressions(input.text, frontMatter);
  if (suppressions.length === 0) return findings;
  const unused = severities[UNUSED_SUPPRESSION] ?? 'info';
  return applySuppressions(findings, suppressions, unused);
}

/** Largest file whose whole text is checked; larger ones get their front matter checked only. */
export const MAX_FULL_TEXT_BYTES = 10 * 1024 * 1024;

export type DecodedFile =
  | {
      readonly ok: true;
      readonly text: string;
      readonly truncated: boolean;
      /** Said when only the front matter was kept. */
      readonly notice?: Finding;
      /** `text` is the front matter alone (see decodeForRules). */
      readonly frontMatterOnly?: boolean;
      /** splitFrontMatter(text), when decoding found it already. */
      readonly block?: FrontMatterBlock;
    }
  | { readonly ok: false; readonly finding: Finding };

const FILE_RANGE = { start: 0, end: 0 };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** NUL bytes in the first 8 KB: a binary file (decodeFile's finding). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, Math.min(bytes.length, 8192)).includes(0);
}

/**
 * Turns a file's bytes into text the way Jekyll reads posts (`bom|utf-8`), or a finding when it
 * cannot: NUL bytes (a binary file named `.md`) or invalid UTF-8.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (looksBinary(bytes)) return { ok: false, finding: { rule: 'front-matter-syntax', severity: 'error', range: FILE_RANGE, message: msg(M.binaryFile) } };
  const truncated = bytes.length > MAX_FULL_TEXT_BYTES;
  const slice = truncated ? bytes.subarray(0, frontMatterPrefixLength(bytes)) : bytes;
  try {
    const text = strictUtf8.decode(slice);
    const notice: Finding | undefined = truncated
      ? { rule: 'front-matter-syntax', severity: 'info', range: FILE_RANGE, message: msg(M.fileTooLarge, Math.round(bytes.length / (1024 * 1024))) }
      : undefined;
    return { ok: true, text, truncated, notice };
  } catch {
    return { ok: false, finding: { rule: 'front-matter-syntax', severity: 'error', range: FILE_RANGE, message: msg(M.invalidUtf8) } };
  }
}

/**
 * decodeFile, but only the front matter when none of `rules` reads the rest of this file (see
 * Rule.readsBody): most of a post's bytes are its body, and decoding and keeping them costs more
 * than everything the rules do. `isValidUtf8` checks the whole file as decodeFile would (Node's
 * `buffer.isUtf8`); findings are the same as on the whole text, whose positions they keep.
 */
export function decodeForRules(bytes: Uint8Array, rules: readonly Rule[], isValidUtf8: (bytes: Uint8Array) => boolean): DecodedFile {
  if (bytes.length > MAX_FULL_TEXT_BYTES || looksBinary(bytes)) return decodeFile(bytes);
  const end = frontMatterPrefixEnd(bytes);
  // Only a prefix that ends a line is whole characters: a file that does not open with `---` gives
  // its first 3 bytes, which may cut one (`àé`), and has no front matter to read alone anyway.
  if (end >= bytes.length || bytes[end - 1] !== 10) return decodeFile(bytes);
  for (const rule of rules) {
    const needles = rule.readsBody;
    if (needles === true || (typeof needles === 'string' ? includesAscii(bytes, needles, end) : needles?.some((n) => includesAscii(bytes, n, end)))) return decodeFile(bytes);
  }
  if (!isValidUtf8(bytes)) return decodeFile(bytes);
  // Valid as a whole, so valid up to the end of a line.
  const text = strictUtf8.decode(bytes.subarray(0, end));
  const block = splitFrontMatter(text);
  if (!block.closed || block.bodyStart !== text.length) return decodeFile(bytes);
  return { ok: true, text, truncated: false, frontMatterOnly: true, block };
}

/** Whether `bytes` hold the ASCII text `needle` at or after `from`. */
function includesAscii(bytes: Uint8Array, needle: string, from: number): boolean {
  const first = needle.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k] === needle.charCodeAt(k)) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** For a huge file: the bytes up to the end of the line that closes the front matter (or 1 MB). */
function frontMatterPrefixLength(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, 1024 * 1024);
  // Look for "\n---" or "\n..." after the first line; cut at a line end so no character is split.
  for (let i = 4; i < limit - 3; i++) {
    if (bytes[i] === 10 && ((bytes[i + 1] === 45 && bytes[i + 2] === 45 && bytes[i + 3] === 45) || (bytes[i + 1] === 46 && bytes[i + 2] === 46 && bytes[i + 3] === 46))) {
      const end = bytes.indexOf(10, i + 1);
      return end === -1 ? bytes.length : end + 1;
    }
  }
  const lastNewline = bytes.lastIndexOf(10, limit);
  return lastNewline > 0 ? lastNewline + 1 : limit;
}
