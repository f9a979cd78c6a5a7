import { Message } from '../messages';
import { SiteConfig } from '../site/config';
import { ParsedFrontMatter } from '../site/frontMatter';
import { SiteDocumentInfo } from '../site/post';
import { JekyllValue } from '../site/scalars';
import { OffsetRange } from '../text';

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

/** What a rule sees of one document. */
export interface LintContext {
  readonly text: string;
  readonly frontMatter: ParsedFrontMatter;
  readonly document: SiteDocumentInfo;
  readonly config: SiteConfig;
  /** Front matter with the site's defaults merged under it, as Jekyll sees it. */
  readonly effective: Record<string, JekyllValue>;
}

export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: Severity };

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: SeveritySetting;
  check(context: LintContext, report: (finding: FindingDraft) => void): void;
}
