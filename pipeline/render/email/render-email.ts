import type { Digest, RenderOptions } from '../../types.js';
import { buildEmailMjml } from './build-email-mjml.js';
import { compileMjml } from './compile-mjml.js';

/** The HTML part of the email: MJML built from the templates, compiled, inlined and minified. */
export async function renderEmail(digest: Digest, options: RenderOptions): Promise<string> {
  const { html } = await compileMjml(buildEmailMjml(digest, options));
  return html;
}
