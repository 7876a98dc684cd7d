import { copyFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { KB_FILES, KnowledgeBaseError, loadKnowledgeBase } from '../../../pipeline/actors/registry/load-knowledge-base.js';

const SHIPPED = fileURLToPath(new URL('../../../pipeline/actors/kb/', import.meta.url));
const folders: string[] = [];

/** A copy of the shipped knowledge base in a new temporary folder (with its trailing separator), for breaking one file. */
function copyOfKnowledgeBase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actor-kb-'));
  folders.push(dir);
  for (const name of [...KB_FILES, 'given-names']) copyFileSync(`${SHIPPED}${name}.json`, path.join(dir, `${name}.json`));
  return `${dir}${path.sep}`;
}

/** The error loading `dir` throws, or undefined. */
function loadError(dir: string): unknown {
  try {
    loadKnowledgeBase(dir);
    return undefined;
  } catch (error) {
    return error;
  }
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadKnowledgeBase', () => {
  it('reads every shipped file: parties, companies, places and persons', () => {
    const ids = new Set(loadKnowledgeBase().entries.map((e) => e.id));
    for (const id of ['party:gbr-labour', 'party:usa-republican', 'co:nvidia', 'co:boeing', 'place:us-nj', 'person:marco-rubio', 'org:cia']) expect(ids.has(id), id).toBe(true);
  });

  it('groups nicknames with the given name they stand for (Jim with James, Chuck with Charles)', () => {
    const { givenVariants } = loadKnowledgeBase();
    const together = (a: string, b: string) => givenVariants.some((group) => group.includes(a) && group.includes(b));
    expect(together('james', 'jim')).toBe(true);
    expect(together('charles', 'chuck')).toBe(true);
    expect(together('james', 'charles')).toBe(false);
  });

  it('reads each folder once', () => {
    expect(loadKnowledgeBase()).toBe(loadKnowledgeBase());
  });

  it('reads a copy in another folder given by `dir`', () => {
    const dir = copyOfKnowledgeBase();
    expect(loadKnowledgeBase(dir).entries.length).toBe(loadKnowledgeBase().entries.length);
  });

  it('throws a KnowledgeBaseError naming a missing file, never an empty registry', () => {
    const dir = copyOfKnowledgeBase();
    unlinkSync(`${dir}places.json`);
    const error = loadError(dir);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as Error).message).toMatch(/places\.json cannot be read \(ENOENT\)/);
    expect((error as Error).message).toContain('npm run build:kb');
  });

  it('throws a KnowledgeBaseError naming a file that is not JSON', () => {
    const dir = copyOfKnowledgeBase();
    writeFileSync(`${dir}parties.json`, '{"generated":"npm run build:kb","entries": [{"id":');
    const error = loadError(dir);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as Error).message).toMatch(/parties\.json is not valid JSON/);
  });

  it('throws a KnowledgeBaseError naming a file without an entries list, and an entry without a source', () => {
    const noList = copyOfKnowledgeBase();
    writeFileSync(`${noList}companies.json`, '{"generated":"npm run build:kb"}');
    expect((loadError(noList) as Error).message).toMatch(/companies\.json has no "entries" list/);
    const noSource = copyOfKnowledgeBase();
    writeFileSync(`${noSource}groups.json`, JSON.stringify({ entries: [{ id: 'group:x', kind: 'group', name: 'X' }] }));
    const error = loadError(noSource);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as Error).message).toMatch(/groups\.json entry 0 lacks an id, a known kind, a name or a source/);
  });

  it('throws a KnowledgeBaseError naming given-names.json when it has no variants table', () => {
    const dir = copyOfKnowledgeBase();
    writeFileSync(`${dir}given-names.json`, '{"names": []}');
    const error = loadError(dir);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as Error).message).toMatch(/given-names\.json has no "variants" table/);
  });

  it('reads a folder given without a trailing separator', () => {
    const dir = copyOfKnowledgeBase();
    expect(loadKnowledgeBase(dir.slice(0, -1)).entries.length).toBe(loadKnowledgeBase().entries.length);
  });
});
