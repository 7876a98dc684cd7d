import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** BBC files up to this number are kept to measure the work: never read here. */
const BBC_KEPT_MAX = 150;
/** The only BASIL years the development set may read. */
const BASIL_YEARS = new Set(['2010', '2011', '2012']);
/** BASIL's `source` codes, as an outlet is named in a briefing. */
const OUTLETS: Readonly<Record<string, string>> = { nyt: 'The New York Times', fox: 'Fox News', hpo: 'HuffPost' };
/** Git reads a whole article at once; far above any article here. */
const MAX_BUFFER = 16 * 1024 * 1024;

/** One prepared input and what the scorer needs to know of it. */
export interface PreparedArticle {
  readonly id: string;
  /** File name inside the input folder (`<id>.txt` or `<id>.md`). */
  readonly file: string;
  readonly title: string;
  /** The text as written to the file, body only. */
  readonly body: string;
  /** `YYYY-MM-DD`, BASIL only. */
  readonly published?: string;
  /** BASIL's `main-entities`, to check the gold against. */
  readonly mainEntities?: readonly string[];
  /** BASIL's event (triplet) id. */
  readonly triplet?: string;
}

interface BasilJson {
  readonly title: string;
  readonly date: string;
  readonly source: string;
  readonly url?: string;
  readonly 'main-entities': readonly string[];
  readonly 'triplet-uuid': string;
  readonly 'body-paragraphs': readonly (readonly string[])[];
}

/**
 * Writes the articles `ids` from the mirrors into `dir`: BBC files as they are
 * (`.txt`, first line the title), BASIL articles as Markdown with YAML front matter
 * (title, source, url, published) and one paragraph per blank-line block. Refuses any
 * id outside the development set's rules, so kept files can never be read by mistake.
 */
export function prepareInputs(ids: readonly string[], dir: string, mirrors: { readonly bbc: string; readonly basil: string }): PreparedArticle[] {
  mkdirSync(dir, { recursive: true });
  const basilFiles = gitLines(mirrors.basil, ['ls-tree', '-r', '--name-only', 'HEAD', 'articles']);
  return ids.map((id) => {
    const bbc = /^bbc-([a-z]+)-(\d{3})$/.exec(id);
    if (bbc) {
      if (Number(bbc[2]) <= BBC_KEPT_MAX) throw new Error(`Cannot prepare ${id}: BBC files 001-${BBC_KEPT_MAX} are kept to measure the work`);
      const text = gitShow(mirrors.bbc, `bbc/${bbc[1]}/${bbc[2]}.txt`);
      const file = `${id}.txt`;
      writeFileSync(path.join(dir, file), text);
      const [title = '', ...rest] = text.split('\n');
      return { id, file, title: title.trim(), body: rest.join('\n') };
    }
    const basil = /^basil-(\d{4})-([0-9a-f]{8})-([123])$/.exec(id);
    if (!basil || !BASIL_YEARS.has(basil[1]!)) throw new Error(`Cannot prepare ${id}: only BBC files 151+ and BASIL 2010-2012 belong to the development set`);
    const source = basilFiles.find((file) => file.startsWith(`articles/${basil[1]}/${basil[2]}`) && file.endsWith(`_${basil[3]}.json`));
    if (source === undefined) throw new Error(`Cannot prepare ${id}: no such article in the BASIL mirror`);
    const article = JSON.parse(gitShow(mirrors.basil, source)) as BasilJson;
    const body = article['body-paragraphs'].map((paragraph) => paragraph.join(' ')).join('\n\n');
    const frontMatter = stringify({
      title: article.title.trim(),
      source: OUTLETS[article.source.toLowerCase()] ?? article.source,
      ...(article.url ? { url: article.url } : {}),
      published: article.date,
    });
    const file = `${id}.md`;
    writeFileSync(path.join(dir, file), `---\n${frontMatter}---\n\n${body}\n`);
    return { id, file, title: article.title.trim(), body, published: article.date, mainEntities: article['main-entities'], triplet: article['triplet-uuid'] };
  });
}

function gitShow(repo: string, file: string): string {
  return execFileSync('git', ['-C', repo, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: MAX_BUFFER });
}

function gitLines(repo: string, args: readonly string[]): string[] {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: MAX_BUFFER }).trim().split('\n');
}
