import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { slice } from './helpers';
import { lintCase } from './ruleCases';

// A page written out with no layout on purpose (`layout: null`, `none` or `false`, its own or from
// `_config.yml` defaults when it has none) is a redirect stub, a feed, a verification file: its URL
// is often one the site cannot change, so permalink-invalid keeps its style points (capitals,
// spaces) to itself there. A post, or a page with a layout, is told.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'permalink-invalid';
const CAPITALS = '/Old-Page/';

function capitalsTold(path: string, lines: string, config?: string): string[] {
  const text = fm(`${lines}\npermalink: ${CAPITALS}`);
  return lintCase({ path, text, config }, RULE).map((f) => slice(text, f.range));
}

describe('permalink style on pages written without a layout', () => {
  for (const layout of ['null', 'none', 'false', "'none'"]) {
    it(`a page with \`layout: ${layout}\` keeps its URL as written`, () => {
      assert.deepEqual(capitalsTold('old-page.html', `layout: ${layout}`), []);
    });
  }

  it('a page with a layout is told about the capital', () => {
    assert.deepEqual(capitalsTold('old-page.html', 'layout: default'), ['O']);
    assert.deepEqual(capitalsTold('old-page.html', 'layout: true'), ['O']);
    assert.deepEqual(capitalsTold('old-page.html', 'title: Old'), ['O']);
  });

  it('a page with no layout of its own, given `layout: none` by defaults, keeps its URL', () => {
    const config = 'title: T\ndefaults:\n  - scope: {path: legacy}\n    values: {layout: none}\n';
    assert.deepEqual(capitalsTold('legacy/old-page.html', 'title: Old', config), []);
    // Its own layout wins over the default (Jekyll reads defaults only for keys a page lacks).
    assert.deepEqual(capitalsTold('legacy/old-page.html', 'title: Old\nlayout: default', config), ['O']);
  });

  it('a post with `layout: none` is still told: a post’s URL is the site’s to choose', () => {
    assert.deepEqual(capitalsTold('_posts/2014-06-04-old-page.md', 'title: Old\nlayout: none'), ['O']);
  });
});
