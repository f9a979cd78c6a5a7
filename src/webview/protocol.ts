/**
 * The messages between the preview's host (extension) and its page (webview), both ways. Shared
 * by both sides; no DOM and no `vscode` here.
 */

/** Host → page. */
export type ToPreview =
  | {
      readonly type: 'update';
      /** The previewed document. */
      readonly uri: string;
      readonly version: number;
      readonly headerHtml: string;
      readonly contentHtml: string;
      /** A new document: scroll to this editor line (otherwise the scroll position is kept). */
      readonly line?: number;
      /** The view: the site's own layouts and stylesheets, or the reading view with the card. */
      readonly mode?: PreviewMode;
      /** Our bar above the page (the Site / Reading switch, notices), and the footer below it. */
      readonly toolbarHtml?: string;
      readonly footerHtml?: string;
      /** Site view: the site's stylesheets (webview URIs), inline styles and the layout's body class. */
      readonly site?: { readonly stylesheets: readonly string[]; readonly styles: readonly string[]; readonly bodyClass?: string };
      /** One of two panels showing a post and its translation: report the heading at the top. */
      readonly pair?: boolean;
    }
  | { readonly type: 'scrollToHeading'; readonly index: number; readonly progress: number }
  | { readonly type: 'scrollToLine'; readonly line: number }
  | { readonly type: 'notice'; readonly text: string };

/** Page → host. */
export type FromPreview =
  | { readonly type: 'ready' }
  /** The page scrolled (by the user): the editor line at the top. */
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'doubleClick'; readonly line: number }
  /** A link to follow: a site URL, an external URL or a fragment. */
  | { readonly type: 'openLink'; readonly href: string }
  /** Open a site file (relative to the site root). */
  | { readonly type: 'openFile'; readonly path: string }
  | { readonly type: 'createTranslation'; readonly lang: string }
  /** The Site / Reading switch. */
  | { readonly type: 'setMode'; readonly mode: PreviewMode }
  /** Paired panels: the heading at the top (index among the content's headings) and how far past it. */
  | { readonly type: 'headingAtTop'; readonly index: number; readonly progress: number };

export type PreviewMode = 'site' | 'reading';

/** What the page keeps across reloads (`vscode.setState`), read back by the serializer. */
export interface PreviewState {
  readonly uri?: string;
  readonly line?: number;
}
