import { Message } from '../messages';
import { SiteConfig } from '../site/config';
import { ParsedFrontMatter } from '../site/frontMatter';
import { SiteDocumentInfo } from '../site/post';
import { JekyllValue } from '../site/scalars';
import { OffsetRange } from '../text';
import { SiteFacts } from '../site/siteFacts';
import type { ResolvedDocumentDate } from '../site/rubyTime';
import type { DocSummary } from '../site/documents';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Replace `range` of the file's text with `newText`. */
export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** A fix is data: edits to this file and, optionally, a rename of it (paths relative to the site root). */
export interface Fix {
  readonly title: Message;
  readonly edits: readonly TextEdit[];
  readonly rename?: { readonly from: string; readonly to: string };
  /** The one obvious fix: offered first, and applied by "fix all" and `--fix`. */
  readonly preferred?: boolean;
  /**
   * Why this preferred fix waits to be asked for although it changes nothing Jekyll builds: "fix all"
   * and plain `--fix` refuse it with this reason; `--fix=suggested`, `--fix-rule` and the quick fix apply it.
   */
  readonly askFirst?: Message;
}

export interface RelatedLocation {
  /** Path relative to the site root; omitted for the same file. */
  readonly file?: string;
  readonly range: OffsetRange;
  readonly message: Message;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly range: OffsetRange;
  readonly message: Message;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}

/** Settings rules read, resolved by the host (VS Code settings or CLI defaults). */
export interface LintSettings {
  /** The build time Jekyll would use: decides future posts and "use now". */
  readonly now: Date;
  /** The zone dates are read in: the site's `timezone`, else the host machine's. */
  readonly timezone: string;
  /** Languages the site uses when `_config.yml` has no `languages` (`jekyllPosts.languages`). */
  readonly languages?: readonly string[];
  /** Keys every post must have after defaults (`jekyllPosts.requiredKeys`); `lang` is added on sites where most posts set it. */
  readonly requiredKeys: readonly string[];
  readonly titleMaxLength: number;
  readonly excerptMaxLength: number;
  /** The front matter key linking translations (`jekyllPosts.translationKey`); detected when unset. */
  readonly translationKey?: string;
}

export const DEFAULT_LINT_SETTINGS: Omit<LintSettings, 'now' | 'timezone'> = {
  requiredKeys: ['title'],
  titleMaxLength: 60,
  excerptMaxLength: 160,
};

/** What a rule sees of one document. */
export interface LintContext {
  readonly text: string;
  readonly frontMatter: ParsedFrontMatter;
  readonly document: SiteDocumentInfo;
  readonly config: SiteConfig;
  /** Front matter with the site's defaults merged under it, as Jekyll sees it. */
  readonly effective: Readonly<Record<string, JekyllValue>>;
  /** The defaults that apply to this document alone. */
  readonly defaults: Record<string, JekyllValue>;
  /** What the whole site knows, when the host has it (site index or CLI scan). */
  readonly site?: SiteFacts;
  /** The site's documents were computed from this very text (the CLI), so this document's entry can be used as is. */
  readonly siteDocumentsCurrent?: boolean;
  readonly settings: LintSettings;
  /** Answers several rules need, worked out once per document (see ruleUtils); lintDocument provides it. */
  readonly memo?: LintMemo;
}

/** Filled on first use by ruleUtils' documentDate and currentSummary, and by the translation rules. */
export interface LintMemo {
  date?: ResolvedDocumentDate;
  summary?: DocSummary | null;
  /** The post's translation group (rules/translations), null when it has none. */
  translations?: Translations | null;
}

/** A post and the other members of its translation group. */
export interface Translations {
  readonly own: DocSummary;
  readonly group: string;
  readonly others: DocSummary[];
}

export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: Severity };

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: SeveritySetting;
  /**
   * Whether the rule reads the text after the front matter: `true`, or only where that text contains
   * this ASCII string (or one of these). Unset: it never does, and a host may lint the front matter alone (a unit test
   * holds every rule without it to that).
   */
  readonly readsBody?: true | string | readonly string[];
  check(context: LintContext, report: (finding: FindingDraft) => void): void;
}
