import { completeAt } from '../../src/core/complete/completions';
import { MemoryFileSystem } from '../../src/core/fs';
import { formatMessage, Message } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

/**
 * The detail of each key completion on an empty line of a new post, in a site with this
 * `_config.yml` and one post: `detail('date')` is the text the completion shows beside `date`.
 */
export async function keyCompletionDetails(config: string): Promise<(label: string) => string> {
  const fs = new MemoryFileSystem({ '/s/_config.yml': config, '/s/_posts/2014-06-04-a.md': '---\ntitle: A\n---\n' });
  const site = await SiteIndex.build(fs, '/s', readConfig(config));
  const text = '---\ntitle: x\n\n---\n';
  const result = completeAt({ text, offset: text.indexOf('\n\n') + 1, relativePath: '_posts/2024-06-01-b.md', config: readConfig(config), site, now: new Date(Date.UTC(2024, 5, 1)) });
  return (label) => {
    const d = result.items.find((i) => i.label === label)?.detail;
    return typeof d === 'string' ? d : formatMessage(d as Message);
  };
}
