import { renameSync, writeFileSync } from 'node:fs';

/** Writes given-names.json atomically, one name per line, names in sorted order. */
export function writeVariants(path: string, variants: Readonly<Record<string, readonly string[]>>): void {
  const lines = Object.keys(variants).sort().map((name) => `${JSON.stringify(name)}: ${JSON.stringify(variants[name])}`);
  const text = `{"generated": "npm run build:kb",\n"variants": {\n${lines.join(',\n')}\n}}\n`;
  JSON.parse(text);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
