import * as vscode from 'vscode';
import { checkPlan, refusedBy } from '../../core/create/checkPlan';
import { newPostConfigEdits, SavedValue } from '../../core/create/configEdit';
import { ConventionKey, ConventionOverrides, Conventions } from '../../core/create/conventions';
import {
  describeConventions,
  draftPath,
  Exists,
  formatDateInput,
  parseDateInput,
  Plan,
  PlannedFile,
  planBilingualPost,
  planPost,
  planTranslation,
  postPath,
  readOriginal,
  slugFromTitle,
  slugProblem,
  titleProblem,
  translationSlug,
} from '../../core/create/newPost';
import { TextEdit } from '../../core/lint/types';
import { postsFolderFor } from '../../core/create/conventions';
import { relative } from '../../core/paths';
import { SiteFacts } from '../../core/site/siteFacts';
import { strftime } from '../../core/site/strftime';
import { localize } from '../convert';
import { Site, SiteRegistry } from '../sites';
import { backAction, MultiStepInput, Step } from './multiStepInput';
import { existsInSite, snapshotSite, SiteSnapshot } from './siteSnapshot';

export const NEW_BILINGUAL_POST = 'jekyllPosts.newBilingualPost';
export const NEW_POST = 'jekyllPosts.newPost';
export const ADD_TRANSLATION = 'jekyllPosts.addTranslation';
export const NEW_DRAFT = 'jekyllPosts.newDraft';
export const NEW_BILINGUAL_DRAFT = 'jekyllPosts.newBilingualDraft';

const LAST_AUTHORS_KEY = 'jekyllPosts.newPost.lastAuthors';

/**
 * Arguments of the new-post commands (`executeCommand(id, options)`). With options, no question is
 * asked: what is missing gets its default (slug from the title, date now, no authors or tags).
 */
export interface NewPostOptions {
  /** The site: its root or any file in it (a URI or its string); default: the active editor's site, else the first site of the workspace. */
  readonly site?: vscode.Uri | string;
  /** The first language's title ("New post": the only title). */
  readonly title?: string;
  /** The second language's title; absent or empty with `translateLater`: the first version alone. */
  readonly secondTitle?: string;
  readonly translateLater?: boolean;
  /** Languages of the versions (default: the site's first two); "New post": the first one. */
  readonly languages?: readonly string[];
  readonly slug?: string;
  readonly secondSlug?: string;
  /** A date Ruby reads (zone-less: the site zone), or epoch seconds; default: now. */
  readonly date?: string | number;
  readonly authors?: readonly string[];
  readonly tags?: readonly string[];
  readonly categories?: readonly string[];
  /** Open the new files (default true). */
  readonly open?: boolean;
}

export interface TranslationOptions {
  /** The post to translate (default: the active editor's). */
  readonly uri?: vscode.Uri | string;
  /** The language to create (default: the first of the site's languages the post is not in). */
  readonly lang?: string;
  readonly title?: string;
  readonly slug?: string;
  readonly open?: boolean;
}

export interface CommandResult {
  /** URIs (as strings) of the files written. */
  readonly created: readonly string[];
  /** Why nothing was written, in the user's language. */
  readonly error?: string;
}

interface FlowState {
  firstTitle: string;
  secondTitle: string;
  firstSlug?: string;
  secondSlug?: string;
  date: string;
  authors: string[];
  tags: string[];
  categories: string[];
  lang?: string;
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([vscode.env.language], { type: 'language' }).of(lang);
    return name && name !== lang ? `${name} (${lang})` : lang;
  } catch {
    return lang;
  }
}

function sourceLabel(source: string): string {
  switch (source) {
    case 'posts':
      return vscode.l10n.t('from your posts');
    case 'config':
      return vscode.l10n.t('from _config.yml');
    case 'setting':
      return vscode.l10n.t('from settings');
    default:
      return vscode.l10n.t('default');
  }
}

/** "Jekyll: New bilingual post", "Jekyll: New post" and "Jekyll: Add translation". */
export class NewPostCommands {
  constructor(
    private readonly sites: SiteRegistry,
    private readonly state: vscode.Memento,
    /** Site facts from the site index, when it has them. */
    private readonly facts?: (uri: vscode.Uri) => Promise<SiteFacts | undefined>,
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(NEW_BILINGUAL_POST, (options?: NewPostOptions) => this.newPost('bilingual', isOptions(options) ? options : undefined)),
      vscode.commands.registerCommand(NEW_POST, (options?: NewPostOptions) => this.newPost('single', isOptions(options) ? options : undefined)),
      vscode.commands.registerCommand(NEW_BILINGUAL_DRAFT, (options?: NewPostOptions) => this.newPost('bilingual', isOptions(options) ? options : undefined, true)),
      vscode.commands.registerCommand(NEW_DRAFT, (options?: NewPostOptions) => this.newPost('single', isOptions(options) ? options : undefined, true)),
      vscode.commands.registerCommand(ADD_TRANSLATION, (options?: TranslationOptions | vscode.Uri) => (options instanceof vscode.Uri ? this.addTranslation(undefined, options) : this.addTranslation(options))),
    ];
  }

  /** The site to create posts in. */
  private async findSite(hint?: vscode.Uri | string): Promise<Site | undefined> {
    if (hint) {
      const uri = toUri(hint);
      return (await this.sites.siteFor(vscode.Uri.joinPath(uri, '_config.yml'))) ?? this.sites.siteFor(uri);
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme !== 'untitled') {
      const site = await this.sites.siteFor(active);
      if (site) return site;
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const site = await this.sites.siteFor(vscode.Uri.joinPath(folder.uri, '_config.yml'));
      if (site) return site;
    }
    return undefined;
  }

  private async snapshot(site: Site): Promise<SiteSnapshot> {
    const facts = await this.facts?.(site.rootUri).catch(() => undefined);
    return snapshotSite(site, facts);
  }

  private fail(message: string): CommandResult {
    void vscode.window.showErrorMessage(message);
    return { created: [], error: message };
  }

  /** "New post" and "New bilingual post"; with `draft`, "New draft" and "New bilingual draft" (in `_drafts/`, no date asked). */
  async newPost(mode: 'bilingual' | 'single', options?: NewPostOptions, draft = false): Promise<CommandResult> {
    const site = await this.findSite(options?.site);
    if (!site) return this.fail(vscode.l10n.t('No Jekyll site is open: open a folder with a `_config.yml` or a `_posts` folder.'));
    const snapshot = await this.snapshot(site);
    let c = snapshot.conventions;
    let state: FlowState | undefined;
    if (options) {
      state = {
        firstTitle: options.title ?? '',
        secondTitle: options.translateLater ? '' : options.secondTitle ?? '',
        firstSlug: options.slug,
        secondSlug: options.secondSlug,
        date: typeof options.date === 'string' ? options.date : formatDateInput(typeof options.date === 'number' ? options.date : nowMinute(), c.timezone),
        authors: [...(options.authors ?? [])],
        tags: [...(options.tags ?? [])],
        categories: [...(options.categories ?? [])],
        lang: options.languages?.[0],
      };
      if (mode === 'bilingual' && !state.secondTitle && !options.translateLater) {
        return this.fail(vscode.l10n.t('Give `secondTitle`, or `translateLater: true`.'));
      }
    } else {
      const asked = await this.askPost(mode, snapshot, draft);
      if (!asked) return { created: [] };
      state = asked.state;
      c = asked.conventions;
      await this.state.update(LAST_AUTHORS_KEY, state.authors);
    }
    const languages = options?.languages ?? (mode === 'single' && state.lang ? [state.lang] : c.languages);
    const dateInput = typeof options?.date === 'number' ? options.date : state.date;
    const conventions = c;
    const make = (exists: Exists): Plan => makePlan(mode, conventions, state!, languages, dateInput, exists, draft);
    const plan = await checkedPlan(site, make, c.languages, draft);
    if (!plan.ok) return this.fail(planError(plan));
    return this.write(site, plan.files, [], options?.open ?? true);
  }

  /** With options, no question is asked; with a URI alone (explorer menu), the flow asks about that post. */
  async addTranslation(options?: TranslationOptions, target?: vscode.Uri): Promise<CommandResult> {
    const uri = options?.uri ? toUri(options.uri) : target ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) return this.fail(vscode.l10n.t('Open a post to translate first.'));
    const site = await this.sites.siteFor(uri);
    if (!site) return this.fail(vscode.l10n.t('{0} is not part of a Jekyll site.', vscode.workspace.asRelativePath(uri)));
    const document = await vscode.workspace.openTextDocument(uri);
    const snapshot = await this.snapshot(site);
    const c = snapshot.conventions;
    const path = relative(site.root, uri.path);
    const original = { path, text: document.getText() };
    const read = readOriginal(c, site.config, path, original.text);
    if ('template' in read) return this.fail(localize(read));
    const missing = c.languages.filter((l) => l !== read.lang);
    let input: { lang: string; title?: string; slug?: string } | undefined;
    if (options) {
      const lang = options.lang ?? missing[0];
      if (!lang) return this.fail(vscode.l10n.t('The site has no other language to translate into.'));
      input = { lang, title: options.title, slug: options.slug };
    } else {
      input = await this.askTranslation(snapshot, read, missing);
      if (!input) return { created: [] };
    }
    const plan = await checkedPlan(site, (exists) => planTranslation(c, site.config, original, input!, exists), c.languages);
    if (!plan.ok) return this.fail(planError(plan));
    const edits = plan.edits.map((e) => ({ document, edits: e.edits }));
    return this.write(site, plan.files, edits, options?.open ?? true);
  }

  /** Writes every file (and edit) in one undoable workspace edit that refuses to overwrite, then opens the files. */
  private async write(site: Site, files: readonly PlannedFile[], edits: readonly { document: vscode.TextDocument; edits: readonly TextEdit[] }[], open: boolean): Promise<CommandResult> {
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) {
      for (const t of e.edits) edit.replace(e.document.uri, new vscode.Range(e.document.positionAt(t.range.start), e.document.positionAt(t.range.end)), t.newText);
    }
    const uris = files.map((f) => site.fs.toUri(`${site.root.replace(/\/$/, '')}/${f.path}`));
    files.forEach((f, i) => edit.createFile(uris[i], { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(f.text) }));
    const ok = await vscode.workspace.applyEdit(edit);
    if (!ok) return this.fail(vscode.l10n.t('Nothing was written: one of {0} could not be created (it may exist already).', files.map((f) => f.path).join(', ')));
    for (const e of edits) if (e.document.isDirty) await e.document.save();
    if (open) await openSideBySide(uris, files);
    return { created: uris.map((u) => u.toString()) };
  }

  // -------------------------------------------------------------------------------------------
  // The quick-input flows.

  private async askPost(mode: 'bilingual' | 'single', snapshot: SiteSnapshot, draft: boolean): Promise<{ state: FlowState; conventions: Conventions } | undefined> {
    let c = snapshot.conventions;
    // Choices made in the conventions step, as overrides and as `jekyll_posts: new_post:` values.
    const overrides: Record<string, unknown> = {};
    const choices: Record<string, SavedValue> = {};
    let unsaved = false;
    const site = snapshot.site;
    const title = draft ? (mode === 'bilingual' ? vscode.l10n.t('New bilingual draft') : vscode.l10n.t('New draft')) : mode === 'bilingual' ? vscode.l10n.t('New bilingual post') : vscode.l10n.t('New post');
    const last = this.state.get<string[]>(LAST_AUTHORS_KEY, []).filter((a) => snapshot.facts.authors.has(a));
    const state: FlowState = { firstTitle: '', secondTitle: '', date: formatDateInput(nowMinute(), c.timezone), authors: last, tags: [], categories: [] };
    const langs = (): [string, string | undefined] => (mode === 'single' ? [state.lang ?? c.languages[0], undefined] : [c.languages[0], c.languages[1]]);
    const hasAuthors = snapshot.facts.authors.size > 0;
    const steps: Step[] = [];
    const total = (): number => steps.length;
    const at = (step: Step): number => steps.indexOf(step) + 1;
    const next = (step: Step): Step | undefined => steps[steps.indexOf(step) + 1];
    const day = (): { year: string; month: string; day: string } | undefined => {
      const parsed = parseDateInput(state.date, c.timezone);
      if (!parsed.ok) return undefined;
      const [year, month, d] = strftime('%Y-%m-%d', parsed.epochSeconds, c.timezone).split('-');
      return { year, month, day: d };
    };
    const slugCheck = async (lang: string | undefined, value: string): Promise<string | undefined> => {
      const problem = slugProblem(value);
      if (problem) return localize(problem);
      const d = day();
      if (!d) return undefined;
      const path = draft ? draftPath(c, lang, value) ?? postPath(c, lang, d, value) : postPath(c, lang, d, value);
      return (await existsInSite(site, path)) ? vscode.l10n.t('{0} already exists.', path) : undefined;
    };

    const pickLang: Step = async (input) => {
      const items = c.languages.map((l) => ({ label: languageName(l), lang: l }));
      const [picked] = await input.showQuickPick({ title, step: at(pickLang), totalSteps: total(), placeholder: vscode.l10n.t('Language of the post'), items });
      state.lang = picked?.lang ?? c.languages[0];
      return next(pickLang);
    };
    const firstTitle: Step = async (input) => {
      state.firstTitle = await input.showInputBox({
        title,
        step: at(firstTitle),
        totalSteps: total(),
        value: state.firstTitle,
        prompt: vscode.l10n.t('Title in {0}', languageName(langs()[0])),
        validate: (v) => (titleProblem(v) ? localize(titleProblem(v)!) : undefined),
      });
      return next(firstTitle);
    };
    const secondTitle: Step = async (input) => {
      state.secondTitle = await input.showInputBox({
        title,
        step: at(secondTitle),
        totalSteps: total(),
        value: state.secondTitle,
        prompt: vscode.l10n.t('Title in {0}; leave empty to translate later (only the {1} post is written now)', languageName(langs()[1] ?? ''), langs()[0]),
        placeholder: vscode.l10n.t('Translate later'),
        validate: (v) => (v && titleProblem(v) ? localize(titleProblem(v)!) : undefined),
      });
      return next(secondTitle);
    };
    const firstSlug: Step = async (input) => {
      state.firstSlug = await input.showInputBox({
        title,
        step: at(firstSlug),
        totalSteps: total(),
        value: state.firstSlug ?? slugFromTitle(c, state.firstTitle),
        prompt: vscode.l10n.t('Slug of the {0} post (file name and URL)', langs()[0]),
        validate: (v) => slugCheck(langs()[0], v),
      });
      return next(firstSlug);
    };
    const secondSlug: Step = async (input) => {
      if (!state.secondTitle || c.translation.kind === 'filename') return next(secondSlug);
      state.secondSlug = await input.showInputBox({
        title,
        step: at(secondSlug),
        totalSteps: total(),
        value: state.secondSlug ?? slugFromTitle(c, state.secondTitle),
        prompt: vscode.l10n.t('Slug of the {0} post (file name and URL)', langs()[1] ?? ''),
        validate: (v) => (v === state.firstSlug && sameFolder(c, langs()) ? vscode.l10n.t('Both versions would have the same file name.') : slugCheck(langs()[1], v)),
      });
      return next(secondSlug);
    };
    const date: Step = async (input) => {
      state.date = await input.showInputBox({
        title,
        step: at(date),
        totalSteps: total(),
        value: state.date,
        prompt: vscode.l10n.t('Date and time in the site’s zone ({0})', c.timezone),
        validate: (v) => {
          const parsed = parseDateInput(v, c.timezone);
          return parsed.ok ? undefined : localize(parsed.error);
        },
      });
      return next(date);
    };
    const authors: Step = async (input) => {
      const items = [...snapshot.facts.authors.values()].map((a) => ({ label: a.login, description: a.name, login: a.login }));
      const picked = await input.showQuickPick({
        title,
        step: at(authors),
        totalSteps: total(),
        placeholder: vscode.l10n.t('Authors (Space to pick, Enter to go on)'),
        items,
        canSelectMany: true,
        selected: items.filter((i) => state.authors.includes(i.login)),
      });
      state.authors = picked.map((p) => p.login);
      return next(authors);
    };
    const listStep = (key: 'tags' | 'categories', counts: ReadonlyMap<string, number>): Step => {
      const step: Step = async (input) => {
        const items = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label, n]) => ({ label, description: vscode.l10n.t('{0} posts', n) }));
        for (const value of state[key]) if (!items.some((i) => i.label === value)) items.unshift({ label: value, description: vscode.l10n.t('new') });
        const picked = await input.showQuickPick({
          title,
          step: at(step),
          totalSteps: total(),
          placeholder: key === 'tags' ? vscode.l10n.t('Tags: type a new one and press Enter to add it; Enter on an empty line to go on') : vscode.l10n.t('Categories: type a new one and press Enter to add it; Enter on an empty line to go on'),
          items,
          canSelectMany: true,
          selected: items.filter((i) => state[key].includes(i.label)),
          newItem: (value) => ({ label: value, description: vscode.l10n.t('new') }),
        });
        state[key] = picked.map((p) => p.label);
        return next(step);
      };
      return step;
    };
    const tags = listStep('tags', snapshot.facts.tags);
    const categories = listStep('categories', snapshot.facts.categories);
    const summary: Step = async (input) => {
      const languages = mode === 'single' ? [langs()[0]] : c.languages;
      const plan = await checkedPlan(site, (exists) => makePlan(mode, c, state, languages, state.date, exists, draft), c.languages, draft);
      type Item = vscode.QuickPickItem & { ok?: boolean };
      const items: Item[] = [];
      if (plan.ok) {
        items.push({ label: `$(check) ${plan.files.length === 1 ? vscode.l10n.t('Create 1 file') : vscode.l10n.t('Create {0} files', plan.files.length)}`, ok: true });
        for (const f of plan.files) items.push({ label: `$(new-file) ${f.path}`, description: f.lang, detail: f.permalink, ok: true });
      } else {
        items.push({ label: `$(error) ${planError(plan)}`, detail: vscode.l10n.t('Press Enter to go back and change it.'), ok: false });
      }
      items.push({ label: vscode.l10n.t('Conventions'), kind: vscode.QuickPickItemKind.Separator });
      for (const line of describeConventions(c)) items.push({ label: `$(info) ${localize(line.message)}`, description: sourceLabel(line.source), ok: plan.ok });
      const [picked] = await input.showQuickPick({ title, step: at(summary), totalSteps: total(), placeholder: vscode.l10n.t('Enter to create the files, Escape to cancel'), items });
      if (picked && !picked.ok) throw backAction();
      return undefined;
    };
    const conventionsStep: Step = async (input) => {
      type Item = vscode.QuickPickItem & { action?: 'go' | 'save' | ConventionKey };
      const items: Item[] = [{ label: `$(check) ${vscode.l10n.t('Follow these conventions')}`, action: 'go' }];
      if (unsaved) items.push({ label: `$(save) ${vscode.l10n.t('Save these choices for this site in _config.yml (jekyll_posts: new_post:)')}`, action: 'save' });
      items.push({ label: vscode.l10n.t('Conventions, and where they were read'), kind: vscode.QuickPickItemKind.Separator });
      for (const line of describeConventions(c)) {
        const changeable = CHANGEABLE.includes(line.key);
        items.push({
          label: `${changeable ? '$(edit)' : '$(info)'} ${localize(line.message)}`,
          description: choices[SAVED_KEY[line.key] ?? ''] !== undefined ? vscode.l10n.t('your choice') : sourceLabel(line.source),
          detail: line.evidence.length ? vscode.l10n.t('Read from {0}', line.evidence.join(', ')) : undefined,
          action: changeable ? line.key : undefined,
        });
      }
      const [picked] = await input.showQuickPick({ title, step: at(conventionsStep), totalSteps: total(), placeholder: vscode.l10n.t('The conventions this post follows: Enter to go on, or pick one to change it for this site'), items });
      if (!picked || picked.action === 'go') return next(conventionsStep);
      if (picked.action === 'save') {
        const error = await saveChoices(site, choices);
        if (error) void vscode.window.showErrorMessage(error);
        else unsaved = false;
        return conventionsStep;
      }
      if (!picked.action) return conventionsStep;
      const options = changeOptions(picked.action, c);
      const [choice] = await input.showQuickPick({ title, step: at(conventionsStep), totalSteps: total(), placeholder: vscode.l10n.t('How this site does it'), items: options });
      if (choice) {
        Object.assign(overrides, choice.override);
        choices[choice.key] = choice.value;
        unsaved = true;
        c = snapshot.redetect(overrides as ConventionOverrides);
      }
      return conventionsStep;
    };
    steps.push(conventionsStep);
    if (mode === 'single' && c.languages.length > 1) steps.push(pickLang);
    steps.push(firstTitle);
    if (mode === 'bilingual') steps.push(secondTitle);
    steps.push(firstSlug);
    if (mode === 'bilingual' && c.translation.kind !== 'filename') steps.push(secondSlug);
    if (!draft) steps.push(date);
    if (hasAuthors) steps.push(authors);
    steps.push(tags, categories, summary);
    return (await MultiStepInput.run(steps[0])) ? { state, conventions: c } : undefined;
  }

  private async askTranslation(snapshot: SiteSnapshot, original: { lang?: string; slug: string; title?: string }, missing: readonly string[]): Promise<{ lang: string; title?: string; slug?: string } | undefined> {
    const c = snapshot.conventions;
    const title = vscode.l10n.t('Add translation');
    if (missing.length === 0) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The site has no other language to translate into.'));
      return undefined;
    }
    const state: { lang: string; title: string; slug?: string } = { lang: missing[0], title: '' };
    const steps: Step[] = [];
    const pick: Step = async (input) => {
      const [picked] = await input.showQuickPick({ title, step: 1, totalSteps: steps.length, placeholder: vscode.l10n.t('Language of the new version'), items: missing.map((l) => ({ label: languageName(l), lang: l })) });
      state.lang = picked?.lang ?? missing[0];
      return steps[steps.indexOf(pick) + 1];
    };
    const askTitle: Step = async (input) => {
      state.title = await input.showInputBox({
        title,
        step: steps.indexOf(askTitle) + 1,
        totalSteps: steps.length,
        value: state.title,
        prompt: vscode.l10n.t('Title in {0}; leave empty for a placeholder to translate later', languageName(state.lang)),
        validate: (v) => (v && titleProblem(v) ? localize(titleProblem(v)!) : undefined),
      });
      return steps[steps.indexOf(askTitle) + 1];
    };
    const askSlug: Step = async (input) => {
      if (c.translation.kind === 'filename') return undefined;
      state.slug = await input.showInputBox({
        title,
        step: steps.indexOf(askSlug) + 1,
        totalSteps: steps.length,
        value: state.slug ?? (state.title ? slugFromTitle(c, state.title) : translationSlug(c, original, state.lang)),
        prompt: vscode.l10n.t('Slug of the {0} post (file name and URL)', state.lang),
        validate: (v) => (slugProblem(v) ? localize(slugProblem(v)!) : undefined),
      });
      return undefined;
    };
    if (missing.length > 1) steps.push(pick);
    steps.push(askTitle, askSlug);
    return (await MultiStepInput.run(steps[0])) ? { lang: state.lang, title: state.title || undefined, slug: state.slug } : undefined;
  }
}

function isOptions(value: unknown): value is NewPostOptions {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !Array.isArray(value);
}

function nowMinute(): number {
  return Math.floor(Date.now() / 60000) * 60;
}

function sameFolder(c: Conventions, langs: readonly (string | undefined)[]): boolean {
  return c.postsFolder === '_posts' || langs[0] === langs[1];
}

function makePlan(mode: 'bilingual' | 'single', c: Conventions, state: FlowState, languages: readonly string[], date: string | number, exists: Exists, draft = false): Plan {
  const common = { date, authors: state.authors, tags: state.tags, categories: state.categories, draft };
  if (mode === 'single') return planPost(c, { ...common, post: { title: state.firstTitle, slug: state.firstSlug, lang: languages[0] } }, exists);
  const [first, second] = [languages[0] ?? c.languages[0], languages[1] ?? c.languages.find((l) => l !== languages[0])];
  return planBilingualPost(
    c,
    {
      ...common,
      first: { title: state.firstTitle, slug: state.firstSlug, lang: first },
      second: state.secondTitle ? { title: state.secondTitle, slug: state.secondSlug, lang: second } : undefined,
      secondLang: second,
    },
    exists,
  );
}

/**
 * Plans once to learn the targets, checks them on disk, plans for real, then checks the plan with
 * the site's model and linter as if it were written: refused when they find a problem.
 */
async function checkedPlan(site: Site, make: (exists: Exists) => Plan, languages: readonly string[], drafts = false): Promise<Plan> {
  const draft = make(() => false);
  if (!draft.ok) return draft;
  const existing = new Set<string>();
  for (const f of draft.files) if (await existsInSite(site, f.path)) existing.add(f.path);
  const plan = make((p) => existing.has(p));
  if (!plan.ok) return plan;
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const check = await checkPlan(site.fs, site.root, site.config, plan, { now: new Date(), machineZone, languages, drafts });
  return refusedBy(plan, check);
}

/** Why a plan writes nothing, in the user's language; a refused plan names the file. */
function planError(plan: Extract<Plan, { ok: false }>): string {
  return plan.refused && plan.path ? vscode.l10n.t('Nothing was written: {0}: {1}', plan.path, localize(plan.error)) : localize(plan.error);
}

/** Conventions the author may change in the first step, and the `jekyll_posts: new_post:` key each is saved under. */
const CHANGEABLE: readonly ConventionKey[] = ['translation', 'lists', 'lang', 'date'];
const SAVED_KEY: Partial<Record<ConventionKey, string>> = { translation: 'translation_key', lists: 'tags_style', lang: 'write_lang', date: 'date' };

interface ChangeOption extends vscode.QuickPickItem {
  readonly key: string;
  readonly value: SavedValue;
  readonly override: ConventionOverrides;
}

function changeOptions(key: ConventionKey, c: Conventions): ChangeOption[] {
  switch (key) {
    case 'translation':
      return [
        ...c.translationCandidates.map((k) => ({ label: vscode.l10n.t('Link translations by `{0}`', k), key: 'translation_key', value: k, override: { translationKey: k } })),
        ...(c.languages.some((l) => postsFolderFor(c, l) !== postsFolderFor(c, c.languages[0])) ? [{ label: vscode.l10n.t('Link translations by the same file name'), key: 'translation_key', value: 'filename', override: { translationKey: '' } }] : []),
        { label: vscode.l10n.t('Write no key linking translations'), key: 'translation_key', value: 'none', override: { translationKey: 'none' } },
      ];
    case 'lists':
      return [
        { label: vscode.l10n.t('Tags as a flow list: `tags: [a, b]`'), key: 'tags_style', value: 'flow', override: { tagsStyle: 'flow' } },
        { label: vscode.l10n.t('Tags as a block list: one `- a` line each'), key: 'tags_style', value: 'block', override: { tagsStyle: 'block' } },
        { label: vscode.l10n.t('Tags as a space-separated string: `tags: a b`'), key: 'tags_style', value: 'string', override: { tagsStyle: 'string' } },
      ];
    case 'lang':
      return [
        { label: vscode.l10n.t('Write `lang` in every post'), key: 'write_lang', value: true, override: { writeLang: true } },
        { label: vscode.l10n.t('Leave `lang` to _config.yml defaults'), key: 'write_lang', value: false, override: { writeLang: false } },
      ];
    default:
      return [
        { label: vscode.l10n.t('Write the date and time'), key: 'date', value: 'datetime', override: { dateForm: 'datetime' } },
        { label: vscode.l10n.t('Write the day only'), key: 'date', value: 'date', override: { dateForm: 'date' } },
        { label: vscode.l10n.t('Write no date: the file name gives it'), key: 'date', value: 'none', override: { dateForm: 'none' } },
      ];
  }
}

/** Saves the choices in the site's `_config.yml` (an explicit action of the author), changing only their lines. */
async function saveChoices(site: Site, choices: Readonly<Record<string, SavedValue>>): Promise<string | undefined> {
  const uri = vscode.Uri.joinPath(site.rootUri, '_config.yml');
  const edit = new vscode.WorkspaceEdit();
  let document: vscode.TextDocument | undefined;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    document = undefined;
  }
  const text = document?.getText() ?? '';
  const edits = newPostConfigEdits(text, choices);
  if (!Array.isArray(edits)) return localize(edits);
  if (document) for (const e of edits) edit.replace(uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.newText);
  else edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(edits.map((e) => e.newText).join('')) });
  if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('_config.yml could not be changed.');
  if (document?.isDirty) await document.save();
  return undefined;
}

/** Opens the first file on the left and the second on the right, the cursor in the first body. */
async function openSideBySide(uris: readonly vscode.Uri[], files: readonly PlannedFile[]): Promise<void> {
  const first = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uris[0]), { viewColumn: vscode.ViewColumn.One, preview: false });
  if (uris[1]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uris[1]), { viewColumn: vscode.ViewColumn.Two, preview: false, preserveFocus: true });
  const position = first.document.positionAt(files[0].bodyOffset);
  first.selection = new vscode.Selection(position, position);
  first.revealRange(new vscode.Range(position, position));
}
