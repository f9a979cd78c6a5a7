/** Go to definition from front matter: an author to its `_authors/` document or `_data` entry, a layout to its file. */
import { SiteKnowledge } from '../site/siteIndex';
import { OffsetRange } from '../text';
import { tokenAt } from './context';

export interface DefinitionInput {
  readonly text: string;
  readonly offset: number;
  readonly site: SiteKnowledge;
}

export interface DefinitionTarget {
  /** The file, relative to the site root. */
  readonly file: string;
  /** Where in it (0: the top of a document). */
  readonly offset: number;
  /** The value the definition was asked on. */
  readonly originRange: OffsetRange;
}

export function definitionAt(input: DefinitionInput): DefinitionTarget | undefined {
  const token = tokenAt(input.text, input.offset);
  if (!token || token.part !== 'value' || !token.value) return undefined;
  if (token.key === 'author' || token.key === 'authors') {
    const author = input.site.authors.get(token.value);
    return author ? { file: author.file, offset: author.offset ?? 0, originRange: token.range } : undefined;
  }
  if (token.key === 'layout') {
    const file = input.site.layoutFiles?.get(token.value);
    return file ? { file, offset: 0, originRange: token.range } : undefined;
  }
  return undefined;
}
