import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summariseActors, summariseActorsInWorkers } from '../../pipeline/actors/index.js';
import { makeStories } from './make-stories.js';

const read = (dir: string, only?: RegExp) => {
  const path = fileURLToPath(new URL(dir, import.meta.url));
  return readdirSync(path).filter((name) => !only || only.test(name)).sort().map((name) => ({ name, text: readFileSync(path + name, 'utf8') }));
};

describe('summariseActorsInWorkers', () => {
  // The seeds and the evaluation set: persons adopted by surname alone ("Putin said") across several batches and threads.
  // Two stories name registry persons by surname alone, in different batches, so their persons are adopted in a worker.
  const bySurname = (n: number) => ({
    name: `surname-${String(n)}`,
    text: `Talks in Brussels, part ${String(n)}\nMacron said France would back the plan. Khamenei rejected the plan on Sunday. Macron later met Khamenei's envoy in Brussels.`,
  });
  const stories = makeStories([bySurname(1), ...read('../../seeds/'), ...read('../fixtures/actors/eval/', /\.txt$/u), bySurname(2)]);

  it('gives exactly what summariseActors gives in one thread', async () => {
    expect(stories.length).toBeGreaterThan(16);
    const inThread = summariseActors(stories, [], {});
    const inWorkers = await summariseActorsInWorkers(stories, [], { threads: 2 });
    expect(inThread.actors.length).toBeGreaterThan(10);
    expect(inThread.actors.flatMap((a) => a.members.map((m) => m.name))).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Ali Khamenei']));
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inThread));
  });

  it('stays in this thread for threads 0 and for no stories', async () => {
    expect(await summariseActorsInWorkers([], [], {})).toEqual({ actors: [], mentioned: [], interactions: [] });
    expect(JSON.stringify(await summariseActorsInWorkers(stories.slice(0, 3), [], { threads: 0 }))).toBe(JSON.stringify(summariseActors(stories.slice(0, 3), [], {})));
  });
});
