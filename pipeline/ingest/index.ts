// PLACEHOLDER: replaced by the ingest work (issue 4). Signature is the contract run.ts uses.
import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article, IngestOptions, IngestOutput, Rejected } from '../types.js';

export async function ingest(sources: readonly string[], options: IngestOptions): Promise<IngestOutput> {
  const files: string[] = [];
  for (const source of sources) {
    const full = path.resolve(options.cwd, source);
    const info = await stat(full);
    if (info.isDirectory()) for (const name of (await readdir(full)).sort()) files.push(path.join(source, name));
    else files.push(source);
  }
  const articles: Article[] = [];
  const rejected: Rejected[] = [];
  for (const file of files) {
    const raw = (await readFile(path.resolve(options.cwd, file), 'utf8')).trim();
    if (raw === '') { rejected.push({ path: file, code: 'empty', reason: 'empty file' }); continue; }
    const [title = '', ...rest] = raw.split('\n');
    const text = rest.join('\n').trim();
    articles.push({ id: createHash('sha256').update(title + text).digest('hex').slice(0, 16), path: file, kind: 'text', title, text });
  }
  return { articles, rejected, inputs: files.length };
}
