import type { Article, DedupeOptions, DedupeOutput, Duplicate, Ledger, Story, StoryStatus } from '../types.js';
import { arrangeGroups } from './arrange-groups.js';
import { collectFamilies } from './collect-families.js';
import { compareForCanonical } from './compare-for-canonical.js';
import { compareForInput } from './compare-for-input.js';
import { compareForRef } from './compare-for-ref.js';
import { groupArticles } from './group-articles.js';
import { groupStories } from './group-stories.js';
import { ledgerBefore, type PriorStory } from './ledger-before.js';
import { ledgerClaim } from './ledger-claim.js';
import { ledgerSketch } from './ledger-sketch.js';
import { matchLedger } from './match-ledger.js';
import { mergeClaims } from './merge-claims.js';
import { SIGNATURE_BINS } from './minhash-signature.js';
import { priorGroups } from './prior-groups.js';
import { resolveOptions } from './resolve-options.js';
import { sentenceFeatures, type SentenceFeatures } from './sentence-features.js';
import { sentencePublishers } from './sentence-publishers.js';
import { sketchArticles } from './sketch-articles.js';
import { splitSentences } from './split-sentences.js';
import { storyFingerprint } from './story-fingerprint.js';
import { createUnionFind } from './union-find.js';
import { updateLedger } from './update-ledger.js';
import { termKey } from './term-key.js';

/** Which sentence splitter this machine uses (the run reports the fallback). */
export { loadSegmenter } from './load-segmenter.js';

/** A family on its way to becoming a story. */
interface Draft {
  readonly canonical: Article;
  readonly canonicalIndex: number;
  readonly copies: readonly Article[];
  readonly fingerprint: string;
  readonly status: StoryStatus;
  readonly sentences: readonly string[];
  readonly features: SentenceFeatures;
  readonly prior?: { readonly claims: ReadonlySet<string> };
  /** The story group an earlier digest put it in, for a developing story. */
  readonly priorGroup?: string;
}

/**
 * Articles -> stories and claims, against what earlier digests briefed.
 * Pure and deterministic: articles are put in a fixed order first, so the
 * order they arrive in changes nothing.
 *
 * 1. Sketch every body (MinHash over word 3-shingles); join near-duplicates
 *    found by LSH and confirmed by exact Jaccard or containment.
 * 2. Join families to the ledger's earlier stories (shared ids or sketches).
 * 3. Per family: canonical, sentences; new, developing (something new), or known (left out).
 * 4. Stories of one event across outlets grouped (names, terms, dates), and
 *    groups continued from earlier digests.
 * 5. Refs group by group (each group's stories consecutive, by date, title,
 *    path); claims merged across stories; ledger updated.
 */
export function dedupe(articles: readonly Article[], ledger: Ledger, options: DedupeOptions): DedupeOutput {
  const resolved = resolveOptions(options);
  const sorted = [...articles].sort(compareForInput);
  const sketches = sketchArticles(sorted);
  const priors = ledgerBefore(ledger, resolved.date);
  const unionFind = createUnionFind(sorted.length + priors.length);
  groupArticles(sorted, sketches, resolved, unionFind);
  matchLedger(sorted, sketches, priors, resolved, unionFind);

  const drafts: Draft[] = [];
  const fingerprints = new Set<string>();
  let known = 0;
  for (const family of collectFamilies(unionFind, sorted.length, priors.length)) {
    const [canonicalIndex, ...copyIndexes] = [...family.members].sort((a, b) => compareForCanonical(sorted[a]!, sorted[b]!));
    const canonical = sorted[canonicalIndex!]!;
    const copies = copyIndexes.map((i) => sorted[i]!).sort(byPathThenId);
    const members = [canonical, ...copies];
    const sentences = splitSentences(canonical.text, canonical.lang);
    const features = sentenceFeatures(canonical.text, sentences);
    const keys = features.keys;
    const matched = family.priors.map((p) => priors[p]!);
    const status = statusOf(members, keys, matched);
    if (status === undefined) {
      known++;
      continue;
    }
    const ids = members.map((member) => member.id);
    let fingerprint = matched[0]?.fingerprint ?? storyFingerprint(ids);
    // Only bodies too short to compare can leave two families with one smallest id.
    if (fingerprints.has(fingerprint)) fingerprint = storyFingerprint(ids, canonical.path);
    fingerprints.add(fingerprint);
    // Today's full sentence ids whose stamp an earlier briefing of the story stored.
    const priorClaims = matched.length === 0 ? undefined : { claims: new Set(keys.filter((key) => matched.some((prior) => prior.claims.has(ledgerClaim(key))))) };
    const priorGroup = matched.map((prior) => prior.group).filter((group) => group !== undefined).sort()[0];
    drafts.push({
      canonical,
      canonicalIndex: canonicalIndex!,
      copies,
      fingerprint,
      status,
      sentences,
      features,
      ...(priorClaims && { prior: priorClaims }),
      ...(priorGroup !== undefined && { priorGroup }),
    });
  }
  drafts.sort((a, b) => compareForRef(a.canonical, b.canonical));
  const grouped = groupStories(
    drafts.map((draft) => ({
      title: draft.canonical.title,
      text: draft.canonical.text,
      fingerprint: draft.fingerprint,
      ...(draft.canonical.published !== undefined && { published: draft.canonical.published }),
      ...(draft.priorGroup !== undefined && { priorGroup: draft.priorGroup }),
    })),
    priorGroups(ledger, resolved.date),
    { date: resolved.date, windowDays: resolved.groupWindowDays },
  );
  const arrangement = arrangeGroups(drafts, grouped);
  // The ledger keeps each term by its key (a hash): enough to recognise the group's later coverage, in a quarter of the bytes.
  const centres = new Map(grouped.map((group) => [group.centre, group.terms.map(termKey).join(' ')]));
  const ordered = arrangement.order.map((i) => ({ ...drafts[i]!, group: arrangement.groupOf[i]!, terms: centres.get(i) }));

  const stories: Story[] = ordered.map((draft, i) => ({
    ref: i + 1,
    fingerprint: draft.fingerprint,
    article: draft.canonical,
    duplicates: draft.copies.map(toDuplicate),
    status: draft.status,
    sentences: draft.sentences,
    group: draft.group,
  }));
  const claims = mergeClaims(
    ordered.map((draft, i) => ({
      ref: i + 1,
      status: draft.status,
      sentences: draft.sentences,
      features: draft.features,
      publishers: sentencePublishers(draft.canonical, draft.copies, draft.sentences),
      ...(draft.prior && { priorClaims: draft.prior.claims }),
    })),
    resolved.claimSimilarity,
  );
  const records = ordered.map((draft) => ({
    fingerprint: draft.fingerprint,
    title: draft.canonical.title,
    briefing: {
      date: resolved.date,
      articles: [...new Set([draft.canonical, ...draft.copies].map((member) => member.id))].sort(),
      claims: [...new Set(draft.features.keys.map(ledgerClaim))].sort(),
      sketch: ledgerSketch(sketches.signatures, draft.canonicalIndex * SIGNATURE_BINS),
      shingles: sketches.shingles[draft.canonicalIndex]!,
      group: draft.group,
      ...(draft.terms !== undefined && { terms: draft.terms }),
    },
  }));
  return {
    stories,
    groups: arrangement.groups,
    claims,
    ledger: updateLedger(ledger, records, resolved.date, resolved.retentionDays),
    duplicates: stories.reduce((sum, story) => sum + story.duplicates.length, 0),
    known,
  };
}

/** New when no earlier digest briefed it; developing when it did and today brings an unseen article or sentence; else undefined (known). */
function statusOf(members: readonly Article[], keys: readonly string[], matched: readonly PriorStory[]): StoryStatus | undefined {
  if (matched.length === 0) return 'new';
  const seenArticle = (id: string): boolean => matched.some((prior) => prior.articles.has(id));
  const seenClaim = (key: string): boolean => matched.some((prior) => prior.claims.has(ledgerClaim(key)));
  if (members.some((member) => !seenArticle(member.id)) || keys.some((key) => !seenClaim(key))) return 'developing';
  return undefined;
}

function byPathThenId(a: Article, b: Article): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toDuplicate(article: Article): Duplicate {
  return {
    path: article.path,
    ...(article.source !== undefined && { source: article.source }),
    ...(article.url !== undefined && { url: article.url }),
    articleId: article.id,
  };
}
