/**
 * Syntax colours for fenced code and `{% highlight %}`, with highlight.js (pure JavaScript, bundles
 * for the browser). Only the common languages plus a few that blogs use are registered.
 */
import hljs from 'highlight.js/lib/common';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import nginx from 'highlight.js/lib/languages/nginx';
import twig from 'highlight.js/lib/languages/twig';
import apache from 'highlight.js/lib/languages/apache';
import powershell from 'highlight.js/lib/languages/powershell';
import elixir from 'highlight.js/lib/languages/elixir';
import scala from 'highlight.js/lib/languages/scala';
import haskell from 'highlight.js/lib/languages/haskell';
import erlang from 'highlight.js/lib/languages/erlang';
import clojure from 'highlight.js/lib/languages/clojure';
import dart from 'highlight.js/lib/languages/dart';
import groovy from 'highlight.js/lib/languages/groovy';
import properties from 'highlight.js/lib/languages/properties';
import http from 'highlight.js/lib/languages/http';
import protobuf from 'highlight.js/lib/languages/protobuf';

let registered = false;
function ensureLanguages(): void {
  if (registered) return;
  registered = true;
  const extra = { dockerfile, nginx, twig, apache, powershell, elixir, scala, haskell, erlang, clojure, dart, groovy, properties, http, protobuf };
  for (const [name, lang] of Object.entries(extra)) hljs.registerLanguage(name, lang);
  // Rouge's names for languages highlight.js calls differently.
  hljs.registerAliases(['liquid', 'jinja', 'django'], { languageName: 'twig' });
  hljs.registerAliases(['console', 'shell-session', 'terminal', 'sh', 'zsh'], { languageName: 'bash' });
  hljs.registerAliases(['jsx'], { languageName: 'javascript' });
  hljs.registerAliases(['tsx'], { languageName: 'typescript' });
  hljs.registerAliases(['yml'], { languageName: 'yaml' });
  hljs.registerAliases(['html', 'xhtml', 'svg'], { languageName: 'xml' });
  hljs.registerAliases(['conf', 'cfg'], { languageName: 'ini' });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** highlight.js scopes as Rouge's short token classes, which a site's Rouge theme (`.highlight .k`) colours. */
const ROUGE_CLASS: Record<string, string> = {
  keyword: 'k', built_in: 'nb', type: 'kt', literal: 'kc', number: 'm', operator: 'o', punctuation: 'p', property: 'py',
  regexp: 'sr', string: 's', subst: 'si', symbol: 'ss', title: 'nf', 'title class_': 'nc', 'title function_': 'nf',
  'title class_ inherited__': 'nc', comment: 'c', quote: 'c1', doctag: 'cs', meta: 'cp', attr: 'na', attribute: 'na',
  variable: 'nv', 'variable language_': 'nb', 'variable constant_': 'no', 'template-variable': 'nv', 'template-tag': 'cp',
  name: 'nt', 'selector-tag': 'nt', 'selector-id': 'nn', 'selector-class': 'nc', 'selector-attr': 'na', 'selector-pseudo': 'nd',
  section: 'gh', addition: 'gi', deletion: 'gd', emphasis: 'ge', strong: 'gs', 'char escape_': 'se',
};

function rougeClass(scope: string, text: string): string | undefined {
  const base = ROUGE_CLASS[scope] ?? ROUGE_CLASS[scope.split(' ')[0]];
  if (base === 'm') return /^[+-]?0x/i.test(text) ? 'mh' : /[.eE]/.test(text) && !/^0x/i.test(text) ? 'mf' : 'mi';
  if (base === 's') return /^(?:"|&quot;)/.test(text) ? 's2' : /^(?:'|&#x27;|&#39;)/.test(text) ? 's1' : text.startsWith('`') ? 'sb' : 's';
  if (base === 'c') return /^\/\*/.test(text) ? 'cm' : 'c1';
  return base;
}

function rougeClasses(html: string): string {
  return html.replace(/<span class="hljs-([^"]+)">([^<]*)/g, (all, scope: string, text: string) => {
    const cls = rougeClass(scope, text);
    return cls ? `<span class="${cls}">${text}` : all;
  });
}

/**
 * Highlighted blocks by language and code, least recently used first: while a post is edited its
 * other blocks are not highlighted again. Bounded by the characters held.
 */
const highlighted = new Map<string, string>();
let heldChars = 0;
const MAX_HELD_CHARS = 4_000_000;

/** Forgets every highlighted block (the preview benchmark's first renders start without them). */
export function clearHighlightCache(): void {
  highlighted.clear();
  heldChars = 0;
}

/** Highlighted HTML for code in a language (escaped plain text when the language is unknown). */
export function highlightCode(code: string, language: string | undefined): string {
  const key = `${language ?? ''}\0${code}`;
  const hit = highlighted.get(key);
  if (hit !== undefined) {
    highlighted.delete(key);
    highlighted.set(key, hit);
    return hit;
  }
  const html = highlightUncached(code, language);
  highlighted.set(key, html);
  heldChars += key.length + html.length;
  for (const [k, v] of highlighted) {
    if (heldChars <= MAX_HELD_CHARS) break;
    highlighted.delete(k);
    heldChars -= k.length + v.length;
  }
  return html;
}

function highlightUncached(code: string, language: string | undefined): string {
  ensureLanguages();
  const lang = language?.toLowerCase();
  if (lang && hljs.getLanguage(lang)) {
    try {
      return rougeClasses(hljs.highlight(code, { language: lang, ignoreIllegals: true }).value);
    } catch {
      // fall through to plain text
    }
  }
  return escapeHtml(code);
}

export function isKnownLanguage(language: string): boolean {
  ensureLanguages();
  return !!hljs.getLanguage(language.toLowerCase());
}
