import { describe, expect, it } from 'vitest';
import { sentencePublishers } from '../../pipeline/dedupe/sentence-publishers.js';
import { splitSentences } from '../../pipeline/dedupe/split-sentences.js';
import { loadBaseArticles } from '../fixtures/dedupe/load-base-articles.js';
import { makeArticle } from '../fixtures/dedupe/make-article.js';
import { makeVariant } from '../fixtures/dedupe/make-variant.js';

describe('sentencePublishers', () => {
  const [base] = loadBaseArticles();
  const sentences = splitSentences(base!.text);

  it('credits every copy that carries a sentence, and a truncated copy only with what it kept', () => {
    const copy = makeVariant(base!, 'copy');
    const truncated = makeVariant(base!, 'truncate-60');
    const publishers = sentencePublishers(base!, [copy, truncated], sentences);
    expect(publishers[0]).toEqual(['source:desk chile', 'source:outlet copy', 'source:outlet truncate-60']);
    expect(publishers[publishers.length - 1]).toEqual(['source:desk chile', 'source:outlet copy']);
  });

  it('counts one publisher once however many copies it ran, and falls back to the url host, then the path', () => {
    const sameOutlet = makeArticle({ path: 'x.txt', title: base!.title, source: ' Desk  CHILE ', text: base!.text });
    const byHost = makeArticle({ path: 'y.txt', title: base!.title, url: 'https://www.example.net/a', text: base!.text });
    const bare = makeArticle({ path: 'z.txt', title: base!.title, text: base!.text });
    expect(sentencePublishers(base!, [sameOutlet, byHost, bare], sentences)[0]).toEqual(['source:desk chile', 'host:example.net', 'path:z.txt']);
  });
});
