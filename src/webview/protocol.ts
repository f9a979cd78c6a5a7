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
    }
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
  | { readonly type: 'createTranslation'; readonly lang: string };

/** What the page keeps across reloads (`vscode.setState`), read back by the serializer. */
export interface PreviewState {
  readonly uri?: string;
  readonly line?: number;
}
