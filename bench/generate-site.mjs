// Generates a deterministic bilingual (French/English) Jekyll site for the benchmarks.
// Usage: node bench/generate-site.mjs POSTS [OUT_DIR]   (POSTS in total, half per language;
// OUT_DIR defaults to bench/out/site-POSTS). The same POSTS always gives the same bytes.
//
// Shape, after the seed's blog: every post in one `_posts/` folder, `lang` on each post, `/fr/` and
// `/en/` permalinks written by hand, `ref` linking the two versions, `authors:` lists of logins
// matching `_authors/<login>.md`. Tags and authors follow Zipf-like distributions (a few used
// everywhere, a long tail used once or twice). About 1% of posts are broken in the ways real ones
// are (unclosed front matter, YAML errors, duplicate keys, `tags: a, b` strings), and about 5% use
// YAML the fast path does not read (block scalars, anchors, nested maps). Posts average ~5 KB,
// so 10,000 posts weigh about 50 MB.
import { mkdirSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR_VERSION = 2;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index in [0, n) with probability ∝ 1/(i+1)^s. */
function zipf(random, n, s = 1.1) {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const r = random();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const TAG_ROOTS_FR = ['sécurité', 'développement', 'infrastructure', 'données', 'conférence', 'qualité', 'intégration continue', 'déploiement', 'architecture', 'réseau', 'accessibilité', 'performance', 'équipe', 'agilité', 'télémétrie', 'cryptographie', 'modélisation', 'supervision', 'évènement', 'métier'];
const TAG_ROOTS_EN = ['php', 'symfony', 'javascript', 'typescript', 'docker', 'kubernetes', 'devops', 'security', 'testing', 'react', 'vue', 'go', 'rust', 'python', 'api', 'graphql', 'elasticsearch', 'postgresql', 'redis', 'kafka', 'aws', 'terraform', 'ansible', 'linux', 'git', 'jekyll', 'css', 'html', 'node', 'java'];
const CATEGORIES = { fr: ['Développement', 'Infrastructure', 'Conférences', 'Non classé', 'Méthodes', 'Données'], en: ['Development', 'Infrastructure', 'Conferences', 'Uncategorized', 'Methods', 'Data'] };
const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(' ');
const FIRST = ['Marie', 'Tom', 'Julie', 'Hugo', 'Léa', 'Nicolas', 'Camille', 'Éric', 'Sarah', 'Thomas', 'Chloé', 'Antoine', 'Manon', 'Lucas', 'Inès', 'Mathieu', 'Clara', 'Romain', 'Zoé', 'Pierre'];
const LAST = ['Dupont', 'Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre'];

function tagVocabulary() {
  const tags = [];
  for (const t of TAG_ROOTS_EN) tags.push(t);
  for (const t of TAG_ROOTS_FR) tags.push(t);
  // A long tail: versions and compounds (`php7`, `symfony-4`, `sécurité-web`).
  for (let i = 0; tags.length < 600; i++) {
    const root = i % 2 ? TAG_ROOTS_EN[i % TAG_ROOTS_EN.length] : TAG_ROOTS_FR[i % TAG_ROOTS_FR.length];
    tags.push(`${root.replace(/ /g, '-')}-${Math.floor(i / 7) + 2}`);
  }
  return tags;
}

function yamlQuote(s) {
  return `'${s.replace(/'/g, "''")}'`;
}

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

export function generateSite(posts, out) {
  const random = mulberry32(0x5eed + posts);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const tags = tagVocabulary();
  const nextTag = zipf(random, tags.length, 1.05);
  const authors = [];
  for (let i = 0; i < 40; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    authors.push({ login: `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}${i >= FIRST.length ? i : ''}`, name: `${first} ${last}` });
  }
  const nextAuthor = zipf(random, authors.length, 1.2);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, '_posts'), { recursive: true });
  mkdirSync(join(out, '_authors'), { recursive: true });
  mkdirSync(join(out, '_layouts'), { recursive: true });
  mkdirSync(join(out, '_data'), { recursive: true });
  writeFileSync(
    join(out, '_config.yml'),
    `title: Generated bilingual blog\nurl: https://blog.example.com\ntimezone: Europe/Paris\nlanguages: [fr, en]\npermalink: /:year/:month/:day/:title/\ncollections:\n  authors:\n    output: true\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: post\n  - scope:\n      path: ""\n      type: authors\n    values:\n      layout: author\n`,
  );
  for (const name of ['default', 'post', 'author']) writeFileSync(join(out, '_layouts', `${name}.html`), name === 'default' ? '<html><body>{{ content }}</body></html>\n' : `---\nlayout: default\n---\n{{ content }}\n`);
  writeFileSync(join(out, '_data', 'navigation.yml'), '- title: Blog\n  url: /\n');
  for (const a of authors) {
    writeFileSync(join(out, '_authors', `${a.login}.md`), `---\nlogin: ${a.login}\ntitle: ${a.name}\ngithub: ${a.login}\ntwitter: ${a.login}_dev\nbio: ${yamlQuote(`Développeur·se chez Example, écrit sur ${tags[a.login.length]}.`)}\n---\n`);
  }

  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const paragraph = () => `${sentence(12 + int(20))}. ${sentence(10 + int(20))}. ${sentence(8 + int(15))}.`;
  const perLanguage = Math.ceil(posts / 2);
  let bytes = 0;
  let written = 0;
  const start = Date.UTC(2010, 0, 1) / 1000;
  for (let i = 0; i < perLanguage && written < posts; i++) {
    const when = start + i * Math.floor((15 * 365 * 86400) / perLanguage) + int(86400);
    const d = new Date(when * 1000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const postTags = [...new Set(Array.from({ length: 1 + int(5) }, () => tags[nextTag()]))];
    const postAuthors = [...new Set(Array.from({ length: random() < 0.8 ? 1 : 2 }, () => authors[nextAuthor()].login))];
    const ref = `post-${i}`;
    const topic = tags[nextTag()];
    for (const lang of ['fr', 'en']) {
      if (written >= posts) break;
      const slug = `${lang === 'fr' ? 'article' : 'post'}-${i}-${topic.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      const title = lang === 'fr' ? `Retour d’expérience ${i} : ${topic}` : `Lessons learned ${i}: ${topic}`;
      const category = pick(CATEGORIES[lang]);
      const variant = random();
      const lines = ['---'];
      lines.push(`layout: post`, `title: ${yamlQuote(title)}`, `lang: ${lang}`, `ref: ${ref}`, `permalink: /${lang}/${slug}/`);
      if (variant < 0.03) lines.push(`excerpt: >\n  ${sentence(15)}\n  ${sentence(10)}`); // block scalar
      else lines.push(`excerpt: ${sentence(18)}`);
      if (variant >= 0.03 && variant < 0.05) lines.push(`image:\n  path: /assets/${slug}.png\n  alt: ${sentence(4)}`); // nested map
      lines.push(`authors:`, ...postAuthors.map((a) => ` - ${a}`));
      lines.push(`date: '${date} ${time} +0200'`);
      if (lang === 'fr' && random() < 0.3) lines.push(`date_gmt: '${date} ${time} +0000'`);
      lines.push('categories:', `- ${category}`);
      if (random() < 0.3) lines.push(`tags: [${postTags.join(', ')}]`);
      else lines.push('tags:', ...postTags.map((t) => `- ${t}`));
      if (random() < 0.1) lines.push('# imported from WordPress');
      // About 1% broken, as real posts are.
      const broken = random();
      if (broken < 0.003) lines.push('title: [unclosed');
      else if (broken < 0.006) lines.push(`lang: ${lang}`);
      else if (broken < 0.008) lines.push(`tags: ${postTags.join(', ')}`);
      const unclosed = broken >= 0.008 && broken < 0.01;
      if (!unclosed) lines.push('---');
      const body = [];
      const target = 3500 + int(3000);
      let length = 0;
      while (length < target) {
        const p = random() < 0.15 ? `## ${sentence(4)}` : random() < 0.1 ? `[${sentence(2)}](https://example.com/${slug}){:rel="nofollow noreferrer"}` : paragraph();
        body.push(p);
        length += p.length + 2;
      }
      const text = `${lines.join('\n')}\n\n${body.join('\n\n')}\n`;
      writeFileSync(join(out, '_posts', `${date}-${slug}.md`), text);
      bytes += Buffer.byteLength(text);
      written++;
    }
  }
  writeFileSync(join(out, '.generated.json'), JSON.stringify({ version: GENERATOR_VERSION, posts: written, bytes }));
  return { posts: written, bytes };
}

/** Generates the site unless the same version is already there. */
export function ensureSite(posts, out) {
  const marker = join(out, '.generated.json');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.version === GENERATOR_VERSION && info.posts === posts) return info;
  }
  return generateSite(posts, out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const posts = Number(process.argv[2] ?? 1000);
  const here = dirname(fileURLToPath(import.meta.url));
  const out = process.argv[3] ?? join(here, 'out', `site-${posts}`);
  const info = generateSite(posts, out);
  console.log(JSON.stringify({ out, ...info }));
}
