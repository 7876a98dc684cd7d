import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Registry } from '../../../pipeline/actors/registry/load-registry.js';
import { assembleRegistry, compileRegistry } from '../../../pipeline/actors/registry/load-registry.js';
import { encodeRegistrySnapshot, readRegistrySnapshot } from '../../../pipeline/actors/registry/registry-snapshot.js';
import { findActorMentions } from '../../../pipeline/actors/scan/find-actor-mentions.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon } from '../helpers.js';

const SENTENCES = [
  'Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry in Geneva.',
  'The Conservatives and the Lib Dems attacked Labour over the NHS, Tony Blair said.',
  'Sen. Chuck Schumer, D-N.Y., said the GOP and the RNC would lose New Jersey.',
  'Boeing, Wal-Mart Stores and Electronic Arts shares fell while the C.I.A. and the IAEA said nothing.',
  'Hezbollah and the Syrian Observatory for Human Rights reported clashes near Aleppo.',
];
const SURNAMES = ['ptn', 'blr', 'krr', 'xmr', 'mrkl', 'sltrbrg'];

/** What a registry answers to the lookups the stage makes, as plain data. */
function answers(registry: Registry): unknown {
  return {
    mentions: SENTENCES.map((s) => findActorMentions(tokenise(s), registry, lexicon).map((m) => [m.start, m.end, m.actorId, m.form, m.ambiguous, m.confirm])),
    persons: SURNAMES.map((s) => registry.personsBySurname.get(s)?.map((p) => [p.id, p.name, p.given, p.affiliations])),
    offices: ['GBR prime minister', 'USA president', 'DEU chancellor'].map((k) => registry.officeHolders.get(k)?.map((p) => p.id)),
    actors: [...registry.actors.keys()].length,
    some: ['RUS', 'co:walmart', 'org:rnc', 'party:gbr-labour'].map((id) => registry.actors.get(id)),
    byAlias: ['rnc', 'labour', 'boeing'].map((alias) => registry.byAlias.get(alias)),
    single: registry.personAliases.get('xi'),
  };
}

describe('the registry snapshot', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-snapshot-'));
  const file = path.join(dir, 'registry.snapshot');
  writeFileSync(file, encodeRegistrySnapshot(compileRegistry([])));

  it('answers every lookup as the registry compiled from the sources does', () => {
    const read = readRegistrySnapshot(file, true);
    expect(read).toBeDefined();
    expect(answers(assembleRegistry(read!))).toEqual(answers(assembleRegistry(compileRegistry([]))));
  });
  it('iterates its actors in the compiled order', () => {
    const compiled = [...assembleRegistry(compileRegistry([])).actors.values()].slice(0, 400);
    expect([...assembleRegistry(readRegistrySnapshot(file, true)!).actors.values()].slice(0, 400)).toEqual(compiled);
  });
  it('is not read by the sources, nor when the knowledge base has changed, nor when it is damaged or missing', () => {
    expect(readRegistrySnapshot(file, false)).toBeUndefined();
    const bytes = readFileSync(file);
    const stale = path.join(dir, 'stale.snapshot');
    writeFileSync(stale, Buffer.concat([Buffer.from('0'.repeat(40)), bytes.subarray(40)]));
    expect(readRegistrySnapshot(stale, true)).toBeUndefined();
    const damaged = path.join(dir, 'damaged.snapshot');
    writeFileSync(damaged, bytes.subarray(0, 1000));
    expect(readRegistrySnapshot(damaged, true)).toBeUndefined();
    expect(readRegistrySnapshot(path.join(dir, 'none.snapshot'), true)).toBeUndefined();
  });
});
