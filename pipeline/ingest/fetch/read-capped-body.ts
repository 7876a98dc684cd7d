/** The body, or a note that it went over the cap (then reading stopped there). */
export type CappedBody = { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly read: number };

/** The part of a fetch Response read here (global fetch and undici's type their streams apart). */
interface BodySource {
  readonly body: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>; cancel(): Promise<void> } } | null;
}

/**
 * Reads a response body as a stream and stops as soon as it passes `maxBytes`. fetch has
 * already undone gzip/deflate/br, so the cap counts decoded bytes: a gzip bomb stops here too.
 */
export async function readCappedBody(response: BodySource, maxBytes: number): Promise<CappedBody> {
  if (!response.body) return { ok: true, body: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || value === undefined) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, read };
    }
    chunks.push(value);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}
