// Agreement of the fallback sentence splitter (segment-with-intl.ts) with
// sentencex, which it stands in for where sentencex's native build is missing.
// Per corpus: articles whose sentence boundaries are identical, and
// boundary-level precision, recall and F1 with sentencex as the reference.
//
// Run: npx tsx test/dedupe/measure-splitter.ts [BBC_REPO] [--show N]
// BBC_REPO is a clone of the BBC News data set (bbc/<topic>/NNN.txt, 2004-2005,
// D. Greene and P. Cunningham, ICML 2006; articles copyright the BBC, so read
// here and never committed). Only files 151 and above are read: 001-150 of
// each topic are set aside as the actor work's development set.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ingest } from '../../pipeline/ingest/index.js';
import { segmentWithIntl } from '../../pipeline/dedupe/segment-with-intl.js';
import { ROOT } from '../helpers/run-cli.js';

/** First BBC file number read in each topic (see above). */
const FIRST_BBC_FILE = 151;

const { segment: sentencex } = createRequire(import.meta.url)('sentencex') as { segment: (language: string, text: string) => string[] };

interface Tally {
  articles: number;
  identical: number;
  reference: number;
  found: number;
  agreed: number;
}

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const bbc = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--show');

const corpora: [string, string[]][] = [
  ['seeds', await articleTexts(['seeds'])],
  ['test fixtures', await articleTexts(['test/fixtures'])],
];
if (bbc) corpora.push([`BBC News (files ${FIRST_BBC_FILE}+)`, bbcTexts(bbc)]);

console.log('| corpus | articles | sentences (sentencex) | identical articles | boundary precision | recall | F1 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
let examples: string[] = [];
for (const [name, texts] of corpora) {
  examples = [];
  const tally: Tally = { articles: 0, identical: 0, reference: 0, found: 0, agreed: 0 };
  for (const text of texts) compare(text, tally, examples);
  const precision = tally.agreed / tally.found || 1;
  const recall = tally.agreed / tally.reference || 1;
  const f1 = (2 * precision * recall) / (precision + recall);
  const percent = ((100 * tally.identical) / tally.articles).toFixed(1);
  console.log(`| ${name} | ${tally.articles} | ${tally.reference + tally.articles} | ${tally.identical} (${percent} %) | ${precision.toFixed(4)} | ${recall.toFixed(4)} | ${f1.toFixed(4)} |`);
}
// Disagreements of the last corpus, for tuning.
for (const example of examples.slice(0, show)) console.log(`\n${example}`);

/** Boundaries (offsets where a sentence ends, the end of the text left out) of both splitters over one text, tallied. */
function compare(text: string, tally: Tally, examples: string[]): void {
  const reference = boundaries(text, sentencex('en', text));
  const found = boundaries(text, segmentWithIntl('en', text));
  const agreed = [...found].filter((at) => reference.has(at)).length;
  tally.articles++;
  tally.reference += reference.size;
  tally.found += found.size;
  tally.agreed += agreed;
  if (agreed === reference.size && agreed === found.size) tally.identical++;
  for (const at of new Set([...reference, ...found])) {
    if (reference.has(at) && found.has(at)) continue;
    const kind = reference.has(at) ? 'missed' : 'extra';
    examples.push(`${kind}: …${text.slice(Math.max(0, at - 70), at).replaceAll('\n', '⏎')} ‖ ${text.slice(at, at + 40).replaceAll('\n', '⏎')}…`);
  }
}

/** Where each trimmed piece ends in the text, as splitSentences cuts them, without the final end. */
function boundaries(text: string, pieces: readonly string[]): Set<number> {
  const ends = new Set<number>();
  let cursor = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, cursor);
    if (at < 0) continue;
    cursor = at + piece.length;
    const end = at + piece.trimEnd().length;
    if (piece.trim().length > 0) ends.add(end);
  }
  ends.delete(text.trimEnd().length);
  return ends;
}

/** Article bodies as ingest keeps them. */
async function articleTexts(sources: string[]): Promise<string[]> {
  const output = await ingest(sources, { cwd: ROOT, userAgent: 'actor-digest/measure', threads: 0 });
  return output.articles.map((article) => article.text);
}

/** Bodies of the BBC files numbered FIRST_BBC_FILE and above (the title line dropped), read from the clone's HEAD. */
function bbcTexts(repo: string): string[] {
  const git = (...gitArgs: string[]): string => execFileSync('git', ['-C', path.resolve(repo), ...gitArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const names = git('ls-tree', '-r', '--name-only', 'HEAD', 'bbc/')
    .split('\n')
    .filter((name) => /\/\d{3}\.txt$/u.test(name) && Number(path.basename(name, '.txt')) >= FIRST_BBC_FILE);
  const texts: string[] = [];
  for (const name of names) {
    const raw = execFileSync('git', ['-C', path.resolve(repo), 'show', `HEAD:${name}`]).toString('utf8');
    texts.push(raw.slice(raw.indexOf('\n') + 1).trim());
  }
  return texts;
}
