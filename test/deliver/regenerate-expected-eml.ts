// Regenerates test/fixtures/deliver/digest/expected.eml (review the diff):
//   npx tsx test/deliver/regenerate-expected-eml.ts
// Needed only when the fixture, buildMessage or nodemailer's MIME output changes.
import { writeFileSync } from 'node:fs';
import { buildMessage, composeEml } from '../../pipeline/deliver/index.js';
import { fixtureInput } from './fixture-digest.js';

const target = new URL('../fixtures/deliver/digest/expected.eml', import.meta.url);
writeFileSync(target, await composeEml(buildMessage(fixtureInput())));
process.stdout.write(`wrote ${target.pathname}\n`);
