import type { IngestResult, RejectCode } from '../types.js';

/** A failed IngestResult: the input's path, a closed code, and a sentence for people. */
export function reject(path: string, code: RejectCode, reason: string): IngestResult {
  return { ok: false, rejected: { path, code, reason } };
}
