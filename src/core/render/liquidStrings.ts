/**
 * String literals as Ruby's Liquid reads them: from a quote to the next same quote, with no escapes
 * (`"a\nb"` is a, backslash, n, b; `"a\"` ends at the second quote). liquidjs reads JavaScript-like
 * escapes; its tokenizer's readQuoted is wrapped once so every engine reads them as Jekyll does.
 */
import { Tokenizer } from 'liquidjs';

interface QuotedLike {
  begin: number;
  end: number;
  content: string;
}

interface TokenizerInternals {
  input: string;
  p: number;
  N: number;
  skipBlank(): void;
  readQuoted(): QuotedLike | undefined;
}

let patched = false;

export function rubyStringLiterals(): void {
  if (patched) return;
  patched = true;
  const proto = Tokenizer.prototype as unknown as TokenizerInternals;
  const original = proto.readQuoted;
  proto.readQuoted = function (this: TokenizerInternals): QuotedLike | undefined {
    this.skipBlank();
    const begin = this.p;
    const quote = this.input[begin];
    const token = original.call(this);
    if (!token || (quote !== '"' && quote !== "'")) return token;
    const close = this.input.indexOf(quote, begin + 1);
    // Unterminated: as liquidjs reads it (it reports the error).
    if (close < 0 || close >= this.N) return token;
    this.p = close + 1;
    token.end = close + 1;
    token.content = this.input.slice(begin + 1, close);
    return token;
  };
}
