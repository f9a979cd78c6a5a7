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

/** Highlighted HTML for code in a language (escaped plain text when the language is unknown). */
export function highlightCode(code: string, language: string | undefined): string {
  ensureLanguages();
  const lang = language?.toLowerCase();
  if (lang && hljs.getLanguage(lang)) {
    try {
      return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
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
