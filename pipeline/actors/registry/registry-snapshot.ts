import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { COMPILED } from '../../runtime/package-url.js';
import type { ActorDef } from '../model.js';
import { JsonValuedMap } from './json-valued-map.js';
import { knowledgeBaseBytes } from './load-knowledge-base.js';
import type { RegistryData } from './load-registry.js';

/**
 * The registry without user entries, compiled once by `npm run build` and
 * kept beside the bundle. Compiling it reads 3 MB of knowledge base and
 * world-countries and files some 40,000 names: about 250 ms of every run's
 * start (2-core Xeon); reading the snapshot back takes about 60.
 *
 * The file is a 40-character stamp, then the RegistryData as v8 serialises
 * it (see encodeRegistrySnapshot). The stamp hashes what the registry is compiled from and the bundle does
 * not hold: the knowledge-base files and world-countries' list. A run whose
 * knowledge base differs from the build's (rebuilt with `npm run build:kb`,
 * edited, missing) compiles the registry itself, as the sources always do;
 * the curated data and the code are in the bundle, which the same build wrote.
 */
const SNAPSHOT_FILE = 'registry.snapshot';
/** Changes whenever the layout of the file or of RegistryData changes, so an older file is never read as this one. */
const FORMAT = 'actor-digest registry snapshot 2';
const STAMP_LENGTH = 40;

/** The snapshot's path: beside the bundled code (the build writes every file directly under `.build/`). */
export function snapshotPath(): string {
  return fileURLToPath(new URL(SNAPSHOT_FILE, import.meta.url));
}

/**
 * What the registry is compiled from, outside the bundle, as one hash. Reading
 * the knowledge base here also fails the run, as compiling would, when a file
 * of it cannot be read (KnowledgeBaseError).
 */
export function registryStamp(): string {
  const hash = createHash('sha1').update(FORMAT);
  for (const bytes of knowledgeBaseBytes()) hash.update(bytes);
  hash.update(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json')));
  return hash.digest('hex');
}

/**
 * The snapshot file's bytes for compiled data. The tables of many entries keep
 * each value as JSON text (parsed when first looked up): v8 deserialises the
 * whole registry as objects in about 100 ms, and as strings in a fifth of that.
 */
export function encodeRegistrySnapshot(data: RegistryData, stamp: string = registryStamp()): Buffer {
  const encoded: RegistryData = {
    ...data,
    actors: asJson(data.actors) as Map<string, never>,
    byAlias: asJson(data.byAlias) as Map<string, never>,
    trie: asJson(data.trie),
    nouns: asJson(data.nouns),
    cues: asJson(data.cues),
    persons: { ...data.persons, records: asJson(data.persons.records), filed: asJson(data.persons.filed), offices: asJson(data.persons.offices) },
  };
  return Buffer.concat([Buffer.from(stamp, 'latin1'), v8.serialize(encoded)]);
}

/** A map with each value as JSON text (a value already text stays as it is). */
function asJson(map: ReadonlyMap<string, unknown>): Map<string, string> {
  return new Map([...map].map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}

/**
 * The registry data of the build's snapshot, when the code runs compiled and
 * the snapshot was made from the knowledge base there is now; otherwise
 * undefined, and the caller compiles the registry.
 */
export function readRegistrySnapshot(file: string = snapshotPath(), compiled: boolean = COMPILED): RegistryData | undefined {
  if (!compiled) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, STAMP_LENGTH).toString('latin1') !== registryStamp()) return undefined;
  let data: RegistryData;
  try {
    data = v8.deserialize(bytes.subarray(STAMP_LENGTH)) as RegistryData;
  } catch {
    return undefined;
  }
  // The alias and person filings parse their JSON themselves; these two tables are read through a map that does.
  return { ...data, actors: new JsonValuedMap(data.actors as Map<string, ActorDef | string>), byAlias: new JsonValuedMap(data.byAlias as Map<string, readonly string[] | string>) };
}
