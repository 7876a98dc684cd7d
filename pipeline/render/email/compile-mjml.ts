import type { MJMLParseError, MJMLParsingOptions } from 'mjml-core';
import { collapseWhitespace } from './collapse-whitespace.js';
import { compileInWorker } from './mjml-compiler.js';

/** How the email is compiled, in one place. */
const MJML_OPTIONS: Readonly<MJMLParsingOptions> = {
  // Our templates are fixed and data is escaped, so an error is a bug in a
  // template: fail the render rather than send a broken message.
  validationLevel: 'strict',
  // mjml's own minifier (htmlnano) takes about 0.4 s to load on a cold run and
  // came out no smaller than collapseWhitespace (41,066 vs 40,968 bytes on the
  // seed fixture), so we minify ourselves.
  minify: false,
  keepComments: false,
  // System fonts only: no web-font request leaves the reader's mail client.
  fonts: {},
};

/** The compiled, minified HTML and what the validator said (always empty under strict, which throws instead). */
export interface CompiledEmail {
  readonly html: string;
  readonly errors: readonly MJMLParseError[];
}

/**
 * MJML to inlined, minified HTML. mjml runs in a worker thread (see
 * mjml-compiler.ts): it takes 0.3-0.7 s to load, which the worker overlaps
 * with the other stages when run.ts starts it early.
 */
export async function compileMjml(source: string, validationLevel: 'strict' | 'soft' = 'strict'): Promise<CompiledEmail> {
  const result = await compileInWorker(source, { ...MJML_OPTIONS, validationLevel });
  return { html: collapseWhitespace(result.html), errors: result.errors };
}
