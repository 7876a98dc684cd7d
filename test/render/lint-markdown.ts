import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** remark-lint's recommended and consistent presets over Markdown as GitHub reads it (GFM); each warning as "line:column reason (rule)". */
export async function lintMarkdown(markdown: string): Promise<string[]> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPresetLintRecommended)
    .use(remarkPresetLintConsistent)
    .use(remarkStringify)
    .process(markdown);
  return file.messages.map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.reason} (${m.ruleId ?? 'unknown'})`);
}
