import { COMPILED, packageUrl } from './package-url.js';

/**
 * The module a worker thread runs, given its source under `pipeline/`
 * (`ingest/read-file-worker.ts`): that source, or, when compiled, the bundle the
 * build writes for it (`.build/read-file-worker.js`; pipeline/runtime/build.mjs
 * lists every worker entry).
 */
export function workerModuleUrl(source: string): URL {
  if (!COMPILED) return packageUrl(`pipeline/${source}`);
  const name = source.slice(source.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]s$/u, '');
  return packageUrl(`.build/${name}.js`);
}
