/** The site at a glance: posts, tags, categories and authors, built from the site index (see the views in src/vscode/views/). */
import { AuthorsOverview, buildAuthors } from './authors';
import { buildPostsOverview, PostsOverview } from './posts';
import { OverviewOptions, OverviewSource } from './source';
import { buildTaxonomy, TaxonomyOverview } from './taxonomy';

export interface SiteOverview {
  readonly posts: PostsOverview;
  readonly tags: TaxonomyOverview;
  readonly categories: TaxonomyOverview;
  readonly authors: AuthorsOverview;
}

export function buildOverview(source: OverviewSource, options: OverviewOptions): SiteOverview {
  return {
    posts: buildPostsOverview(source, options),
    tags: buildTaxonomy(source, 'tags'),
    categories: buildTaxonomy(source, 'categories'),
    authors: buildAuthors(source),
  };
}
