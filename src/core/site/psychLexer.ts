/**
 * YAML tokens as libyaml (Psych, Jekyll's YAML loader) scans them, from the `yaml` package's lexer.
 * One difference matters to posts: libyaml does not check the indentation of a quoted scalar's
 * continuation lines, only that none is a document marker, so
 *
 *   title: "A title written
 *   over two lines"
 *
 * is the title "A title written over two lines" for Jekyll, where `yaml` reports a missing quote
 * (and we said Jekyll ignores the whole front matter). Checked with Psych 4 (Debian's jekyll 4.3.1):
 * single and double quotes, in a mapping, a nested mapping and a list; `---` or `...` starting a
 * continuation line still ends the scalar in both (an error).
 */
import { Lexer, Parser } from 'yaml';
import type { CST } from 'yaml';

/** The lexer's members the quoted scan uses (private in the package's types). */
interface QuotedScan {
  indentNext: number;
  parseQuotedScalar(): Generator<string, string | null>;
}

const base = Lexer.prototype as unknown as QuotedScan;

/**
 * The `yaml` lexer, except that a quoted scalar's lines are scanned as at the top level, where
 * `continueScalar` checks only for document markers: what libyaml checks in quoted scalars.
 */
class PsychLexer extends Lexer {}
Object.defineProperty(PsychLexer.prototype, 'parseQuotedScalar', {
  value: function* parseQuotedScalar(this: QuotedScan): Generator<string, string | null> {
    const indentNext = this.indentNext;
    this.indentNext = 0;
    try {
      return yield* base.parseQuotedScalar.call(this);
    } finally {
      this.indentNext = indentNext;
    }
  },
});

/** The concrete syntax tree of `source`, as `new Parser(onNewLine).parse(source)` gives it, with libyaml's quoted scalars. */
export function* parsePsychTokens(source: string, onNewLine?: (offset: number) => void): Generator<CST.Token> {
  const parser = new Parser(onNewLine);
  onNewLine?.(0);
  for (const lexeme of new PsychLexer().lex(source)) yield* parser.next(lexeme);
  yield* parser.end();
}
