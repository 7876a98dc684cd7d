/**
 * Prints the actor stage's output on the seed articles, for reading (not a
 * test). Run: npx tsx test/actors/show-seeds.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summariseActors } from '../../pipeline/actors/index.js';
import { makeStories } from './make-stories.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const stories = makeStories(readdirSync(SEEDS).sort().map((name) => ({ name, text: readFileSync(SEEDS + name, 'utf8') })));
const output = summariseActors(stories, [], {});
for (const a of output.actors) {
  console.log(`## ${a.name} (${a.id}, ${a.kind}, salience ${a.salience}) refs ${a.articleRefs.join(',')}`);
  console.log(`   members: ${a.members.map((m) => `${m.name}${m.role ? ` (${m.role})` : ''}`).join('; ') || '-'}`);
  for (const p of a.points) console.log(`   - ${p.speaker ? `${p.speaker}: ` : ''}${p.text} [${p.refs.join(',')}]`);
}
console.log(`also mentioned: ${output.mentioned.map((a) => a.name).join(', ')}`);
console.log(`interactions: ${output.interactions.map((i) => `${i.a}->${i.b} ${i.type} x${i.count} [${i.refs.join(',')}]`).join('; ')}`);
