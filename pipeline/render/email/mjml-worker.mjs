// Compiles MJML off the main thread. Loading mjml costs more than any stage of
// a small run (about 0.3-0.7 s), so run.ts starts this worker first and mjml
// loads on the second core while ingest, dedupe and actors work on the first.
import { parentPort } from 'node:worker_threads';

const { default: mjml2html } = await import('mjml');

parentPort.on('message', async ({ id, source, options }) => {
  try {
    const result = await mjml2html(source, options);
    parentPort.postMessage({ id, html: result.html, errors: result.errors });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
