import type { BriefingPlan, RenderOptions } from '../../types.js';
import { buildEmailMjml } from './build-email-mjml.js';
import { compileMjml } from './compile-mjml.js';

/** The HTML part of the email: the plan as MJML built from the templates, compiled, inlined and minified. */
export async function renderEmail(plan: BriefingPlan, options: RenderOptions): Promise<string> {
  const { html } = await compileMjml(buildEmailMjml(plan, options));
  return html;
}
