import { rmSync, symlinkSync } from 'fs';
import { activate, closeAllEditors, code, diagnosticsWhere, open, siteUri, writeSiteFile } from './util';

// A symbolic link needs Node's fs: this file runs in the desktop host only (the web-worker stage lists it as skipped).
describe('layouts through symbolic links in the editor', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('reads a layout through a symbolic link inside the site, as Jekyll does, and still reports a layout that does not exist', async () => {
    const api = await activate();
    const link = siteUri('_layouts', 'linked.html');
    rmSync(link.fsPath, { force: true });
    symlinkSync('post.html', link.fsPath);
    try {
      await api.whenIndexed(link);
      // Written in the fixture's key order, and deleted after: later suites learn conventions from the site's posts.
      const linked = await writeSiteFile('_posts/2015-04-09-lien.md', '---\ntitle: Lien\nlang: fr\npermalink: /fr/lien/\ndate: 2015-04-09\nlayout: linked\ntags: php, symfony\n---\n\nCorps.\n');
      await open(linked);
      // tags-format shows the post was linted; layout-unknown must not be there.
      await diagnosticsWhere(linked, (d) => d.some((x) => code(x) === 'tags-format') && !d.some((x) => code(x) === 'layout-unknown'), 20_000);
      const missing = await writeSiteFile('_posts/2015-04-10-nulle-part.md', '---\ntitle: Nulle part\nlang: fr\npermalink: /fr/nulle-part/\ndate: 2015-04-10\nlayout: nowhere\n---\n\nCorps.\n');
      await open(missing);
      await diagnosticsWhere(missing, (d) => d.some((x) => code(x) === 'layout-unknown'), 20_000);
    } finally {
      await closeAllEditors();
      for (const name of ['2015-04-09-lien.md', '2015-04-10-nulle-part.md']) rmSync(siteUri('_posts', name).fsPath, { force: true });
      rmSync(link.fsPath, { force: true });
      await api.whenIndexed(link);
    }
  });
});
