// Measures story grouping on real news, through the CLI, as a user would run it.
//
//   npx tsx test/dedupe/measure-grouping.ts [--bbc] [--keep DIR]
//
// --keep DIR copies each run's folder (in/, out/) to DIR.
//
// BASIL (launchnlp/BASIL, CC BY-NC-SA 4.0): the events of 2010-2012 only, three
// US outlets per event, each article converted to a Markdown note with front
// matter (title, source, url, published); the gold is the event (triplet-uuid).
// Three runs: with the real dates; with every event moved to one day (its own
// spread kept), so that only the words decide, as on a real news day; and
// undated. Prints pairwise precision and recall and the merges of distinct events.
//
// --bbc adds BBC News (dejanbatanjac/bbc-article-classify-bert), files 151 and
// above of each category, undated, from one outlet: there is no event gold, so
// it prints every group of more than one article, for reading, and the groups
// that mix categories. Files 001-150 and BASIL 2013-2019 are never read: they
// are kept to measure other work.
//
// Reads the mirrors under /work/.mirror (or $MIRROR) with git; writes only to a
// temporary folder.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { $ } from 'zx';
import type { Digest } from '../../pipeline/types.js';

$.verbose = false;

const MIRROR = process.env.MIRROR ?? '/work/.mirror';
const BASIL = path.join(MIRROR, 'launchnlp+BASIL/repo');
const BBC = path.join(MIRROR, 'dejanbatanjac+bbc-article-classify-bert/repo');
/** The development years; 2013-2019 are held out. */
const BASIL_YEARS = ['2010', '2011', '2012'] as const;
/** BBC files below this number are held out. */
const BBC_FIRST_FILE = 151;
/** BASIL's outlet codes, as its README names them. */
const OUTLETS: Readonly<Record<string, string>> = { nyt: 'The New York Times', fox: 'Fox News', hpo: 'HuffPost' };
/** A day all events are moved to in the one-day run. */
const ONE_DAY = Date.UTC(2012, 0, 2);
const DAY_MS = 86_400_000;

interface Note {
  readonly file: string;
  readonly gold: string;
  readonly title: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly body: string;
}

const root = mkdtempSync(path.join(os.tmpdir(), 'measure-grouping-'));
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined;
try {
  const basil = await readBasil();
  console.log(`BASIL 2010-2012: ${basil.length} articles, ${new Set(basil.map((n) => n.gold)).size} events\n`);
  console.log('| dates | stories | pairs TP | FP | FN | precision | recall | distinct events merged |');
  console.log('|---|---|---|---|---|---|---|---|');
  const firstDay = new Map<string, number>();
  for (const note of basil) firstDay.set(note.gold, Math.min(firstDay.get(note.gold) ?? Infinity, Date.parse(note.published!)));
  const runs: [string, Note[]][] = [
    ['real', basil],
    ['one day', basil.map((note) => ({ ...note, published: new Date(ONE_DAY + Date.parse(note.published!) - firstDay.get(note.gold)!).toISOString().slice(0, 10) }))],
    ['none', basil.map(({ published: _, ...note }) => note)],
  ];
  for (const [label, notes] of runs) {
    const digest = await digestOf(notes, label.replace(' ', '-'));
    const score = scorePairs(digest, notes);
    console.log(`| ${label} | ${digest.stories.length} | ${score.tp} | ${score.fp} | ${score.fn} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.merged} |`);
  }
  if (process.argv.includes('--bbc')) {
    const bbc = await readBbc();
    const digest = await digestOf(bbc, 'bbc');
    const byPath = new Map(digest.articles.map((a) => [a.ref, a.path]));
    const categoryOf = (ref: number): string => path.basename(path.dirname(byPath.get(ref) ?? '')) || '?';
    const groups = digest.stories.filter((story) => story.articleRefs.length > 1);
    const mixed = groups.filter((story) => new Set(story.articleRefs.map(categoryOf)).size > 1);
    console.log(`\nBBC News 151+: ${bbc.length} articles, undated, one outlet: ${groups.length} stories of more than one article (${groups.reduce((n, s) => n + s.articleRefs.length, 0)} articles), ${mixed.length} mixing categories`);
    const titles = new Map(digest.articles.map((a) => [a.ref, `${categoryOf(a.ref).slice(0, 3)}/${path.basename(a.path, '.md')} ${a.title}`]));
    for (const story of groups) console.log(`- ${story.articleRefs.map((ref) => titles.get(ref)).join(' | ')}`);
  }
  // --keep DIR leaves every run's inputs and outputs there, to read the briefings.
  if (keep) await $`cp -r ${root}/. ${keep}`;
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** Pairwise precision and recall of the digest's stories against the gold events, and how many stories hold more than one event. */
function scorePairs(digest: Digest, notes: readonly Note[]) {
  const gold = new Map(notes.map((note) => [note.file, note.gold]));
  const goldOf = (ref: number): string => gold.get(path.basename(digest.articles.find((a) => a.ref === ref)!.path))!;
  const storyOf = new Map<number, string>();
  for (const story of digest.stories) for (const ref of story.articleRefs) storyOf.set(ref, story.id);
  const refs = digest.articles.map((a) => a.ref);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      const same = goldOf(refs[i]!) === goldOf(refs[j]!);
      const grouped = storyOf.get(refs[i]!) === storyOf.get(refs[j]!);
      if (same && grouped) tp++;
      else if (grouped) fp++;
      else if (same) fn++;
    }
  }
  const merged = digest.stories.filter((story) => new Set(story.articleRefs.map(goldOf)).size > 1).length;
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), merged };
}

/** Write the notes as Markdown files with front matter and run the CLI on them; the digest it wrote. */
async function digestOf(notes: readonly Note[], name: string): Promise<Digest> {
  const dir = path.join(root, name);
  const input = path.join(dir, 'in');
  mkdirSync(input, { recursive: true });
  for (const note of notes) {
    const meta = { title: note.title, ...(note.source && { source: note.source }), ...(note.url && { url: note.url }), ...(note.published && { published: note.published }) };
    mkdirSync(path.dirname(path.join(input, note.file)), { recursive: true });
    writeFileSync(path.join(input, note.file), `---\n${stringify(meta)}---\n\n${note.body}\n`);
  }
  const cli = path.resolve(import.meta.dirname, '../../pipeline/cli.ts');
  // The run starts in the temporary folder, so tsx is named by its location, not resolved from there.
  await $({ cwd: dir })`node --import ${import.meta.resolve('tsx')} ${cli} in --out out --date 2013-01-01 --quiet`;
  return JSON.parse(readFileSync(path.join(dir, 'out', '2013-01-01.json'), 'utf8')) as Digest;
}

async function readBasil(): Promise<Note[]> {
  const notes: Note[] = [];
  for (const year of BASIL_YEARS) {
    const listing = await $`git --git-dir ${BASIL} ls-tree --name-only HEAD articles/${year}/`;
    for (const file of listing.stdout.split('\n').filter((line) => line.endsWith('.json')).sort()) {
      const data = JSON.parse((await $`git --git-dir ${BASIL} show HEAD:${file}`).stdout) as Record<string, unknown>;
      const paragraphs = (data['body-paragraphs'] as string[][]).map((p) => p.join(' ').trim()).filter(Boolean);
      const code = String(data['source']).toLowerCase();
      notes.push({
        file: `${path.basename(file, '.json')}.md`,
        gold: String(data['triplet-uuid']),
        title: String(data['title']).trim(),
        source: OUTLETS[code] ?? code,
        ...(typeof data['url'] === 'string' && { url: data['url'] }),
        published: String(data['date']),
        body: paragraphs.join('\n\n'),
      });
    }
  }
  return notes;
}

async function readBbc(): Promise<Note[]> {
  const notes: Note[] = [];
  for (const category of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
    const listing = await $`git --git-dir ${BBC} ls-tree --name-only HEAD bbc/${category}/`;
    for (const file of listing.stdout.split('\n').filter((line) => /\/\d{3}\.txt$/.test(line)).sort()) {
      if (Number(path.basename(file, '.txt')) < BBC_FIRST_FILE) continue;
      const text = (await $`git --git-dir ${BBC} show HEAD:${file}`).stdout;
      const [title = '', ...rest] = text.split('\n');
      notes.push({ file: `${category}/${path.basename(file, '.txt')}.md`, gold: file, title: title.trim(), source: 'BBC News', body: rest.join('\n').trim() });
    }
  }
  return notes;
}
