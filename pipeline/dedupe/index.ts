// PLACEHOLDER: replaced by the dedupe work (issue 5). Signature is the contract run.ts uses.
import type { Article, DedupeOptions, DedupeOutput, Ledger, Story } from '../types.js';

export function dedupe(articles: readonly Article[], ledger: Ledger, _options: DedupeOptions): DedupeOutput {
  const stories: Story[] = articles.map((article, i) => ({
    ref: i + 1,
    fingerprint: article.id,
    article,
    duplicates: [],
    status: 'new',
    sentences: article.text.split(/(?<=[.!?])\s+/),
  }));
  return { stories, claims: [], ledger, duplicates: 0, known: 0 };
}
