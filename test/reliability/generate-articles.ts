// Test helper: a seeded generator of plausible news articles (Markdown with
// front matter and scraped-style text dumps), so a run can be made to last as
// long as a test needs without copying anyone's pages into the repository.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../helpers/seeded-random.js';

const ACTORS = [
  ['Germany', 'German Chancellor Olaf Scholz', 'Berlin'],
  ['France', 'French Foreign Minister Catherine Colonna', 'Paris'],
  ['Brazil', 'Brazilian President Luiz Inacio Lula da Silva', 'Brasilia'],
  ['Japan', 'Japanese Prime Minister Fumio Kishida', 'Tokyo'],
  ['Kenya', 'Kenyan President William Ruto', 'Nairobi'],
  ['India', 'Indian External Affairs Minister Subrahmanyam Jaishankar', 'New Delhi'],
  ['Canada', 'Canadian Foreign Minister Melanie Joly', 'Ottawa'],
  ['Egypt', 'Egyptian Foreign Minister Sameh Shoukry', 'Cairo'],
  ['the European Union', 'EU foreign policy chief Josep Borrell', 'Brussels'],
  ['the United Nations', 'UN Secretary-General Antonio Guterres', 'New York'],
] as const;
const TOPICS = ['a grain export corridor', 'fishing rights in disputed waters', 'a regional water treaty', 'tariffs on steel imports', 'the return of displaced families', 'a ceasefire along the border', 'vaccine production licences', 'a rail link across the region'];
const VERBS = ['said', 'told reporters', 'warned', 'insisted', 'announced', 'argued'];
const CLAIMS = [
  'talks on {topic} would resume next week in {capital}',
  'the government would not accept any deal on {topic} that ignored its neighbours',
  'officials from {other} had agreed to a joint committee on {topic}',
  'a draft agreement on {topic} was nearly complete',
  'sanctions linked to {topic} should be reviewed by the end of the year',
  'it was ready to host a summit on {topic} with {other}',
  'the dispute over {topic} had cost the region billions',
];
const PUBLISHERS = ['The Harbour Gazette', 'Continental Wire', 'Daily Meridian', 'North Coast Times'];
const FURNITURE_TOP = ['Home | World | Politics | Business | Opinion', 'Share on Facebook  Share on X  Email', 'Subscribe to our newsletter'];
const FURNITURE_BOTTOM = ['Related News', 'Most read this week', '© 2026 All rights reserved. Terms | Privacy'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One article: title, publisher, byline, date and paragraphs. */
export interface GeneratedArticle {
  readonly title: string;
  readonly source: string;
  readonly byline: string;
  readonly published: string;
  readonly paragraphs: readonly string[];
}

export function generateArticle(random: () => number, index: number): GeneratedArticle {
  const [actor, speaker, capital] = pick(random, ACTORS);
  const [other] = pick(random, ACTORS.filter(([name]) => name !== actor));
  const topic = pick(random, TOPICS);
  const sentence = () =>
    `${random() < 0.5 ? speaker : actor[0]!.toUpperCase() + actor.slice(1)} ${pick(random, VERBS)} that ${pick(random, CLAIMS)
      .replace('{topic}', topic)
      .replace('{capital}', capital)
      .replace('{other}', other)}.`;
  const paragraphs = Array.from({ length: 5 + Math.floor(random() * 5) }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' '));
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  return {
    title: `${actor[0]!.toUpperCase() + actor.slice(1)} and ${other} at odds over ${topic} (${index})`,
    source: pick(random, PUBLISHERS),
    byline: `Reporter ${index}`,
    published: `2025-12-${day}`,
    paragraphs,
  };
}

/** Write `count` articles into `dir`, alternating Markdown with front matter and scraped text dumps. */
export async function writeGeneratedArticles(dir: string, count: number, seed: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = generateArticle(random, seed * 1000 + i);
    const name = path.join(dir, `gen-${seed}-${String(i).padStart(3, '0')}.${i % 2 === 0 ? 'md' : 'txt'}`);
    const content =
      i % 2 === 0
        ? `---\ntitle: "${article.title}"\nsource: ${article.source}\npublished: ${article.published}\nbyline: ${article.byline}\n---\n\n${article.paragraphs.join('\n\n')}\n`
        : [...FURNITURE_TOP, '', article.title, '', `By ${article.byline}`, article.published, '', ...article.paragraphs.flatMap((p) => [p, '']), ...FURNITURE_BOTTOM, ''].join('\n');
    await writeFile(name, content);
    files.push(name);
  }
  return files;
}
