import furniture from '../data/furniture.json' with { type: 'json' };

/** The furniture vocabulary as sets and sorted prefix lists, built once. */
export const VOCABULARY = {
  blockHeadings: new Set(furniture.blockHeadings),
  /** Longest first, so "share this" wins over "share". */
  prompts: [...furniture.prompts].sort((a, b) => b.length - a.length),
  cookieWords: furniture.cookieWords,
  cookieContext: furniture.cookieContext,
  copyright: furniture.copyright,
  credits: furniture.credits,
  bylinePrefixes: [...furniture.bylinePrefixes].sort((a, b) => b.length - a.length),
  bylineRoles: new Set(furniture.bylineRoles),
  dateLabels: [...furniture.dateLabels].sort((a, b) => b.length - a.length),
  counterUnits: new Set(furniture.counterUnits),
} as const;
