// Run by the build (pipeline/runtime/build.mjs), compiled, once the bundle is
// written: compiles the registry without user entries and writes it beside the
// bundle for runs to read back (registry-snapshot.ts). A snapshot only saves
// time, so one that cannot be made never fails the build: it says why, and
// each run compiles the registry itself (and, for a knowledge base that cannot
// be read, fails there with the message that names the file).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { compileRegistry } from './load-registry.js';
import { encodeRegistrySnapshot, snapshotPath } from './registry-snapshot.js';

const file = snapshotPath();
const temporary = `${file}.${process.pid}.tmp`;
try {
  writeFileSync(temporary, encodeRegistrySnapshot(compileRegistry([])));
  renameSync(temporary, file);
} catch (error) {
  rmSync(temporary, { force: true });
  rmSync(file, { force: true });
  process.stderr.write(`warning: no actor registry snapshot (each run compiles the registry): ${(error as Error).message.split('\n')[0]}\n`);
}
