// Test helper: an independent DKIM check (RFC 6376, relaxed/relaxed, rsa-sha256)
// of a raw message against a public key, so the tests prove the signature is
// valid and covers the headers we name, not merely that a header exists.
import { createHash, createVerify, type KeyObject } from 'node:crypto';

export interface DkimCheck {
  readonly bodyHashOk: boolean;
  readonly signatureOk: boolean;
  /** The h= list, lower-cased. */
  readonly signedHeaders: readonly string[];
  readonly tags: ReadonlyMap<string, string>;
}

export function verifyDkim(raw: Buffer, publicKey: KeyObject): DkimCheck {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const headerBlock = text.slice(0, split);
  const body = text.slice(split + 4);
  const headers = headerBlock.split(/\r\n(?![ \t])/).map((line) => ({ name: line.slice(0, line.indexOf(':')).trim().toLowerCase(), line }));
  const signature = headers.find((header) => header.name === 'dkim-signature');
  if (!signature) throw new Error('no DKIM-Signature header');
  const tagText = signature.line.slice(signature.line.indexOf(':') + 1);
  const tags = new Map(tagText.split(';').map((tag) => tag.trim()).filter(Boolean).map((tag) => {
    const at = tag.indexOf('=');
    return [tag.slice(0, at).trim(), tag.slice(at + 1).replace(/\s+/g, '')] as [string, string];
  }));
  const signedHeaders = (tags.get('h') ?? '').toLowerCase().split(':');

  const canonicalBody = body.split('\r\n').map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (canonicalBody.length > 0 && canonicalBody[canonicalBody.length - 1] === '') canonicalBody.pop();
  const bodyHash = createHash('sha256').update(canonicalBody.length ? `${canonicalBody.join('\r\n')}\r\n` : '').digest('base64');

  // Each name in h= takes the next instance of that header from the bottom up.
  const used = new Set<number>();
  const lines: string[] = [];
  for (const name of signedHeaders) {
    for (let i = headers.length - 1; i >= 0; i--) {
      if (headers[i]!.name === name && !used.has(i) && headers[i] !== signature) {
        used.add(i);
        lines.push(relaxed(headers[i]!.line));
        break;
      }
    }
  }
  lines.push(relaxed(signature.line).replace(/(b=)[^;]*$/, '$1').replace(/(;\s*b=)[^;]*/, '$1'));
  const verifier = createVerify('RSA-SHA256');
  verifier.update(lines.join('\r\n'));
  return {
    bodyHashOk: bodyHash === tags.get('bh'),
    signatureOk: verifier.verify(publicKey, tags.get('b') ?? '', 'base64'),
    signedHeaders,
    tags,
  };
}

function relaxed(line: string): string {
  const at = line.indexOf(':');
  const name = line.slice(0, at).trim().toLowerCase();
  const value = line.slice(at + 1).replace(/\r\n(?=[ \t])/g, '').replace(/[ \t]+/g, ' ').trim();
  return `${name}:${value}`;
}
