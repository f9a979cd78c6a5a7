import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkPlan } from '../../src/core/create/checkPlan';
import { planBilingualPost, Plan } from '../../src/core/create/newPost';
import { readSiteForNewPost } from '../../src/core/create/siteConventions';
import { loadFixtureSite, SITE_ROOT } from './fixtureSite';

/** The four layouts of issue 22, each a fixture site shaped after a real bilingual blog. */
export const LAYOUT_CASES = [
  { site: 'newpost-slug-suffix', first: { lang: 'en', title: 'First summer try' }, second: { lang: 'ko', title: '첫 여름 시도' } },
  { site: 'newpost-lang-root', first: { lang: 'ko', title: '여름 첫 시도' }, second: { lang: 'en', title: 'First summer try' }, slug: 'first-summer-try' },
  { site: 'newpost-collection', first: { lang: 'en', title: 'First summer try' }, second: { lang: 'zh', title: '第一次夏天的尝试' } },
  { site: 'newpost-one-folder', first: { lang: 'fr', title: 'Premier essai été' }, second: { lang: 'en', title: 'First summer try' } },
] as const;

export async function planFor(c: (typeof LAYOUT_CASES)[number]) {
  const site = loadFixtureSite(c.site);
  const read = await readSiteForNewPost(site.fs, SITE_ROOT, site.config, { fallbackTimezone: 'UTC' });
  const plan = planBilingualPost(
    read.conventions,
    { date: '2026-06-01 10:00', now: new Date('2026-06-02T00:00:00Z'), tags: ['jekyll', 'i18n'], categories: ['notes'], first: { ...c.first, slug: 'slug' in c ? c.slug : undefined }, second: c.second },
    (p) => site.files.has(p),
  );
  return { site, read, plan };
}

function show(plan: Plan): string {
  return plan.ok ? plan.files.map((f) => `=== ${f.path}\n${f.text}`).join('') : `REFUSED ${JSON.stringify(plan.error)}`;
}

describe('new bilingual post on the four real layouts', () => {
  for (const c of LAYOUT_CASES) {
    it(`plans ${c.site}`, async () => {
      const { site, read, plan } = await planFor(c);
      console.log(show(plan));
      if (!plan.ok) return;
      const check = await checkPlan(site.fs, SITE_ROOT, site.config, plan, { now: new Date('2026-06-02T00:00:00Z'), machineZone: 'UTC', languages: read.conventions.languages });
      console.log(JSON.stringify(check, null, 1));
    });
  }
});
