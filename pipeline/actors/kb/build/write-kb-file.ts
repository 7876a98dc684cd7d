import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes one shipped file atomically (a temporary file renamed over the old one), one
 * record per line so a rebuild's diff shows which entries changed. `body` is the
 * object's other fields, written before the list.
 */
export function writeKbFile(path: string, listKey: string, list: readonly unknown[], body: Record<string, unknown> = { generated: 'npm run build:kb' }): void {
  const head = JSON.stringify(body).slice(0, -1);
  const lines = list.map((item) => JSON.stringify(item));
  const text = `${head}${head.length > 1 ? ',' : ''}\n${JSON.stringify(listKey)}: [\n${lines.join(',\n')}\n]}\n`;
  JSON.parse(text);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
