import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextDump } from '../../../pipeline/ingest/text/parse-text-dump.js';
import { tokenOverlap } from '../helpers/token-overlap.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const FIXTURES = new URL('../../fixtures/ingest/text/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');

describe('parseTextDump on the seed dumps', () => {
  it('finds the headline among repeated titles and derives the publisher from a footer domain', async () => {
    const dump = await parseTextDump(seed('002_e3aeec2615f348da.txt'));
    expect(dump).toMatchObject({ title: 'Iran Steps Up Efforts to Defuse Syria Conflict', source: 'Financial Tribune' });
    for (const furniture of ['Add new comment', 'Read our comment policy', 'Financialtribune.com', 'National Desk']) expect(dump?.text).not.toContain(furniture);
    expect(dump?.text.startsWith('Iran has held intensive consultations')).toBe(true);
    expect(dump?.text.endsWith('raised hopes for a solution.')).toBe(true);
  });

  it('prefers the date standing by the headline over the page-header date', async () => {
    const dump = await parseTextDump(seed('004_a390985eadb734f0.txt'));
    expect(dump?.published).toBe('2017-11-26');
    expect(dump?.title).toBe('Iran-Syria Coalition Strategic, Based on Mutual Respect: Syrian Adviser');
    expect(dump?.text).not.toContain('Latest news');
    expect(dump?.text).not.toContain('Main »');
    expect(dump?.text).not.toMatch(/Syrian Adviser$/u);
  });

  it('takes the publisher from the site name repeated in header lines and drops captions', async () => {
    const dump = await parseTextDump(seed('001_d3e2b14bfedb9e02.txt'));
    expect(dump).toMatchObject({ title: 'Moscow Resorts to Iran’s Military Choice following Clash with Washington', source: 'Asharq Al-awsat' });
    for (const furniture of ['Select Page', 'Media ID', 'photo credit']) expect(dump?.text).not.toContain(furniture);
  });

  it('keeps a role line as the byline and drops the source footer and the related block', async () => {
    const dump = await parseTextDump(seed('003_ee764d591e737cda.txt'));
    expect(dump?.byline).toBe('Local Editor');
    for (const furniture of ['Source: News Agencies', 'Comments', 'Related News']) expect(dump?.text).not.toContain(furniture);
  });

  it('takes a first line without final punctuation as the headline when nothing stands above the body', async () => {
    const dump = await parseTextDump(seed('000_176bfc2efc93e602.txt'));
    expect(dump?.title).toBe('Syrian opposition leader: “Russia isn’t clinging to Assad”');
    expect(dump?.text.split('\n\n')).toHaveLength(seed('000_176bfc2efc93e602.txt').trim().split('\n').length - 1);
  });

  it('returns undefined for a dump with no running text', async () => {
    expect(await parseTextDump('Home\nNews\nSport\n© 2024 Example News\n')).toBeUndefined();
  });
});

describe('parseTextDump on dumps of other sites', () => {
  const cases = readdirSync(FIXTURES).sort();
  const figures: string[] = [];

  it.each(cases)('%s comes out with its metadata, keeping and losing under five percent of the tokens', async (name) => {
    const input = readFileSync(new URL(`${name}/input.txt`, FIXTURES), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), 'utf8')) as Record<string, string>;
    const dump = await parseTextDump(input);
    for (const key of ['title', 'source', 'byline', 'published'] as const) expect({ [key]: dump?.[key] }).toEqual({ [key]: expected[key] });
    const { precision, recall } = tokenOverlap(dump?.text ?? '', expected['text'] ?? '');
    figures.push(`${name}: furniture kept ${((1 - precision) * 100).toFixed(1)}%, body lost ${((1 - recall) * 100).toFixed(1)}%`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the figures', () => {
    console.log(`text-dump extraction on ${String(figures.length)} fixtures:\n  ${figures.join('\n  ')}`);
    expect(figures.length).toBe(cases.length);
  });
});

describe('parseTextDump without a headline', () => {
  it('takes the first sentence as the title and keeps the lede in the body', async () => {
    const dump = await parseTextDump('Russia said on Monday it would withdraw its troops from the region.\nThe announcement came after talks in Geneva that lasted three days and ended late on Sunday.\n');
    expect(dump?.title).toBe('Russia said on Monday it would withdraw its troops from the region.');
    expect(dump?.text.split('\n\n')).toHaveLength(2);
  });

  it('takes a first-line question as the headline', async () => {
    const dump = await parseTextDump('Will the new rail line between Jakarta and Bandung ever pay off?\nThe line cost more than seven billion dollars, well above the original estimate, officials said.\n');
    expect(dump?.title).toBe('Will the new rail line between Jakarta and Bandung ever pay off?');
    expect(dump?.text.startsWith('The line cost')).toBe(true);
  });
});
