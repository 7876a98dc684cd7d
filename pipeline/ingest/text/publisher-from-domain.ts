import { splitCompound } from './split-compound.js';

/** Second-level labels under which a country domain registers names ("bbc.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne']);

/**
 * Turns a site's domain into a publisher name: the registered label, split into words
 * ("financialtribune.com" -> "Financial Tribune"), or the domain as written when the
 * label is not made of known words.
 */
export async function publisherFromDomain(domain: string, pageWords: ReadonlySet<string>): Promise<string> {
  const labels = domain.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, '').replace(/\/$/u, '').split('.');
  const secondLevel = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '');
  const label = labels[labels.length - (secondLevel ? 3 : 2)] ?? '';
  const compound = label.replace(/-/gu, '');
  // the page mentions its own domain, so the label itself is a "page word": leave it out
  const pieces = await splitCompound(compound, new Set([...pageWords].filter((w) => w !== compound)));
  if (pieces === undefined || pieces.length === 0) return domain.replace(/^(?:https?:\/\/)?(?:www\.)?/u, '').replace(/\/$/u, '');
  return pieces.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}
