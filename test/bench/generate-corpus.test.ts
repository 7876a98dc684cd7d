import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BODY_CHARS } from './corpus/compose-story.js';
import { ARTICLES_DIR, FAMILY_RATE, generateCorpus, VARIANTS_PER_FAMILY, type CorpusManifest } from './generate-corpus.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'generate-corpus-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(name: string, size: number, seed: string): { dir: string; manifest: CorpusManifest } {
  const dir = path.join(scratch, name);
  return { dir, manifest: generateCorpus(dir, size, seed) };
}

function readAll(dir: string): Map<string, string> {
  const articles = path.join(dir, ARTICLES_DIR);
  return new Map(readdirSync(articles).sort().map((name) => [name, readFileSync(path.join(articles, name), 'utf8')]));
}

describe('generateCorpus', () => {
  const first = generate('a', 1000, 'test-seed');

  it('writes exactly the requested number of article files and says so in the manifest', () => {
    expect(readdirSync(path.join(first.dir, ARTICLES_DIR))).toHaveLength(1000);
    expect(first.manifest.size).toBe(1000);
    const files = readAll(first.dir);
    expect(first.manifest.bytes).toBe([...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  });

  it('writes the same bytes and the same manifest for the same seed', () => {
    const again = generate('b', 1000, 'test-seed');
    expect(again.manifest).toEqual(first.manifest);
    expect(readAll(again.dir)).toEqual(readAll(first.dir));
  });

  it('writes other articles for another seed', () => {
    const other = generate('c', 50, 'other-seed');
    const same = generate('d', 50, 'test-seed');
    expect(readAll(other.dir)).not.toEqual(readAll(same.dir));
  });

  it('plants families in about FAMILY_RATE of the stories, each with 1 to 3 variants', () => {
    const { families, stories, size } = first.manifest;
    // Binomial over ~840 stories: four standard deviations either side of 10 % is about 0.035.
    expect(Math.abs(families.length / stories - FAMILY_RATE)).toBeLessThan(0.035);
    for (const family of families) {
      expect(family.variants.length).toBeGreaterThanOrEqual(VARIANTS_PER_FAMILY[0]);
      expect(family.variants.length).toBeLessThanOrEqual(VARIANTS_PER_FAMILY[1]);
    }
    expect(stories + families.reduce((sum, family) => sum + family.variants.length, 0)).toBe(size);
    const paths = families.flatMap((family) => [family.original, ...family.variants.map((variant) => variant.path)]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(families.flatMap((family) => family.variants.map((variant) => variant.kind)))).toEqual(new Set(['copy', 'furniture', 'edit', 'truncate']));
  });

  it('makes copies byte-identical and every other variant differ from its original', () => {
    for (const family of first.manifest.families) {
      const original = readFileSync(path.join(first.dir, family.original), 'utf8');
      for (const variant of family.variants) {
        const text = readFileSync(path.join(first.dir, variant.path), 'utf8');
        if (variant.kind === 'copy') expect(text).toBe(original);
        else expect(text).not.toBe(original);
        if (variant.kind === 'truncate') expect(text.length).toBeLessThan(original.length * 0.85);
      }
    }
  });

  it('gives originals a body of 2-8 KB under a title line, as scraped pages do', () => {
    const variants = new Set(first.manifest.families.flatMap((family) => family.variants.map((variant) => variant.path)));
    for (const [name, text] of readAll(first.dir)) {
      if (variants.has(`${ARTICLES_DIR}/${name}`)) continue;
      const paragraphs = text.split(/\n\n+/u);
      const body = paragraphs.reduce((longest, paragraph) => (paragraph.length > longest.length ? paragraph : longest), '');
      expect(body.length).toBeGreaterThan(200);
      expect(text.length).toBeGreaterThanOrEqual(BODY_CHARS[0]);
      expect(text.length).toBeLessThan(BODY_CHARS[1] + 1500);
    }
  });
});
