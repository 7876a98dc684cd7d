/**
 * Render: a Digest in every format. Markdown is an mdast tree serialised by
 * remark-stringify, the email is MJML from templates/ compiled by mjml, the
 * text part is wrapped at 78 columns, the JSON keeps the contract's key order.
 * Article data is text everywhere: escaped, never markup, links only http(s)/mailto.
 */
import type { Digest, IndexEntry, RenderOptions, RenderedDigest } from '../types.js';
import { renderEmail } from './email/render-email.js';
import { renderIndex as renderIndexMarkdown } from './markdown/render-index.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { planBriefing } from './plan/plan-briefing.js';
import { renderJson } from './render-json.js';
import { digestHeadline } from './shared/digest-headline.js';
import { renderText } from './text/render-text.js';

/**
 * The digest as Markdown, HTML email, plain text and JSON, plus its one-line
 * headline. The first three render one plan (planBriefing), so they show the
 * same sections within the same limits; the JSON keeps everything.
 */
export async function renderDigest(digest: Digest, options: RenderOptions): Promise<RenderedDigest> {
  const plan = planBriefing(digest, options);
  return {
    markdown: renderMarkdown(plan),
    html: await renderEmail(plan, options),
    text: renderText(plan),
    json: renderJson(digest, options.articleText ?? 'excerpt'),
    headline: digestHeadline(digest),
  };
}

/** Start loading the email compiler in the background (call at the start of a run). */
export { startMjmlCompiler as prepareRender } from './email/mjml-compiler.js';

/** The short note for a day with nothing new (`email.sendEmpty`). */
export { renderNothingNew } from './email/render-nothing-new.js';

/** The one-line headline of a digest (for the index entries of earlier days). */
export { digestHeadline };

/** The briefing's sections and limits, decided once for every rendering. */
export { planBriefing };

/** `out/README.md`: every digest, newest first, linked, with its headline and counts. */
export function renderIndex(entries: readonly IndexEntry[]): string {
  return renderIndexMarkdown(entries);
}
