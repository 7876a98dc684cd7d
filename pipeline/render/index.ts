// PLACEHOLDER: replaced by the render work (issue 7). Signatures are the contract run.ts uses.
import type { Digest, IndexEntry, RenderOptions, RenderedDigest } from '../types.js';

export async function renderDigest(digest: Digest, _options: RenderOptions): Promise<RenderedDigest> {
  const headline = `Briefing ${digest.date}`;
  return { markdown: `# ${headline}\n`, html: `<p>${headline}</p>`, text: headline + '\n', json: JSON.stringify(digest, null, 2) + '\n', headline };
}

export function renderIndex(entries: readonly IndexEntry[]): string {
  return entries.map((e) => `- ${e.date}: ${e.headline}`).join('\n') + '\n';
}
