import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as dedupeModule from '../../pipeline/dedupe/index.js';
import { dedupe } from '../../pipeline/dedupe/index.js';
import type { Article, Ledger } from '../../pipeline/types.js';
import { loadBaseArticles } from '../fixtures/dedupe/load-base-articles.js';
import { makeArticle } from '../fixtures/dedupe/make-article.js';
import { makeVariant } from '../fixtures/dedupe/make-variant.js';
import { seededRandom } from '../helpers/seeded-random.js';

const EMPTY: Ledger = { version: 1, entries: [] };
const SEEDS_DIR = path.join(import.meta.dirname, '../../seeds');

/** The seed files as raw articles: first line the title, the rest the body, furniture and all. */
function seedArticles(): Article[] {
  return readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => {
      const [title = '', ...rest] = readFileSync(path.join(SEEDS_DIR, name), 'utf8').split('\n');
      return makeArticle({ path: `seeds/${name}`, title, text: rest.join('\n').trim() });
    });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('dedupe', () => {
  it('exports exactly the dedupe entry point and the sentence splitter it uses', () => {
    expect(Object.keys(dedupeModule).sort()).toEqual(['dedupe', 'loadSegmenter']);
  });

  it('keeps the five distinct seed articles as five stories', () => {
    const output = dedupe(seedArticles(), EMPTY, { date: '2026-11-23' });
    expect(output.stories).toHaveLength(5);
    expect(output.duplicates).toBe(0);
  });

  it('folds a copy, a re-scrape, a light edit and a truncated copy of each seed into that seed', () => {
    const seeds = seedArticles();
    const variants = seeds.flatMap((seed) => (['copy', 'furniture', 'edit-3', 'truncate-60'] as const).map((kind) => makeVariant(seed, kind)));
    const output = dedupe([...seeds, ...variants], EMPTY, { date: '2026-11-23' });
    expect(output.stories).toHaveLength(5);
    expect(output.duplicates).toBe(20);
    for (const story of output.stories) {
      expect(story.duplicates).toHaveLength(4);
      const family = [story.article.path, ...story.duplicates.map((duplicate) => duplicate.path)];
      const slugs = new Set(family.map((file) => path.basename(file, '.txt')));
      expect(slugs.size).toBe(1);
    }
  });

  it('gives identical output whatever order the articles arrive in', () => {
    const bases = loadBaseArticles();
    const articles = [...bases, ...bases.map((base) => makeVariant(base, 'edit-5')), ...bases.map((base) => makeVariant(base, 'retitle'))];
    const first = JSON.stringify(dedupe(articles, EMPTY, { date: '2026-11-21' }));
    for (const seed of [1, 2, 3]) expect(JSON.stringify(dedupe(shuffled(articles, seed), EMPTY, { date: '2026-11-21' }))).toBe(first);
  });

  it('lists duplicates sorted by path with their source, url and article id', () => {
    const [base] = loadBaseArticles();
    const copies = (['retitle', 'copy', 'edit-1'] as const).map((kind) => makeVariant(base!, kind));
    const [story] = dedupe([base!, ...copies], EMPTY, { date: '2026-11-21' }).stories;
    const paths = story!.duplicates.map((duplicate) => duplicate.path);
    expect(paths).toEqual([...paths].sort());
    for (const duplicate of story!.duplicates) {
      const article = [base!, ...copies].find((candidate) => candidate.path === duplicate.path)!;
      expect(duplicate).toEqual({ path: article.path, source: article.source, url: article.url, articleId: article.id });
    }
  });

  it('chooses the longest body as canonical, then the one with more metadata, then the earlier date, then the path', () => {
    const [base] = loadBaseArticles();
    const bare = makeArticle({ path: 'a/bare.txt', title: base!.title, text: base!.text });
    const dated = makeArticle({ path: 'z/dated.txt', title: base!.title, text: base!.text, published: '2026-11-19', source: 'Wire' });
    const later = makeArticle({ path: 'b/later.txt', title: base!.title, text: base!.text, published: '2026-11-20', source: 'Wire' });
    expect(dedupe([bare, later, dated], EMPTY, { date: '2026-11-21' }).stories[0]!.article.path).toBe('z/dated.txt');
    const longer = makeArticle({ path: 'y/longer.txt', title: base!.title, text: `${base!.text}\n\nA closing paragraph that adds detail.` });
    expect(dedupe([bare, later, dated, longer], EMPTY, { date: '2026-11-21' }).stories[0]!.article.path).toBe('y/longer.txt');
    const twin = makeArticle({ path: 'a/twin.txt', title: base!.title, text: base!.text });
    expect(dedupe([twin, bare], EMPTY, { date: '2026-11-21' }).stories[0]!.article.path).toBe('a/bare.txt');
  });

  it('numbers stories by date (undated last), then title, then path', () => {
    const [a, b, c] = loadBaseArticles();
    const articles = [
      { ...a!, published: '2026-11-19' },
      { ...b!, published: undefined },
      { ...c!, published: '2026-11-18' },
    ].map(({ published, ...rest }) => (published === undefined ? rest : { ...rest, published }));
    const stories = dedupe(articles, EMPTY, { date: '2026-11-21' }).stories;
    expect(stories.map((story) => [story.ref, story.article.path])).toEqual([
      [1, c!.path],
      [2, a!.path],
      [3, b!.path],
    ]);
  });

  it('rejects an option out of range with a sentence naming it', () => {
    expect(() => dedupe([], EMPTY, { date: '2026-11-21', similarity: 1.5 })).toThrow(/similarity 1.5/);
    expect(() => dedupe([], EMPTY, { date: '21.11.2026' })).toThrow(/YYYY-MM-DD/);
  });
});
