import givenNames from '../data/given-names.json' with { type: 'json' };
import roles from '../data/roles.json' with { type: 'json' };
import verbs from '../data/verbs.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import { loadGivenVariants } from './load-knowledge-base.js';
import { fold } from '../scan/fold.js';

/** The closed vocabularies of the stage, as sets of folded words. */
export interface Lexicon {
  readonly leadWords: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly beForms: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly patronymics: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, string>;
  readonly givenNames: ReadonlySet<string>;
  /**
   * Folded given name -> the variant groups it belongs to (numbers), from the knowledge base: two
   * names that share a group are one name ("jim" and "james", "chuck" and "charles").
   */
  readonly givenGroups: ReadonlyMap<string, readonly number[]>;
  /** Given names the lexicon knows only as men's names (so "she" never resolves to them). */
  readonly maleOnlyNames: ReadonlySet<string>;
  readonly roleHeads: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  readonly weakRoles: ReadonlySet<string>;
  /** Role heads of offices that speak for a state (context placement). */
  readonly governmentRoles: ReadonlySet<string>;
  /** Words that make a government-sounding title no office of the state ("shadow", "opposition"). */
  readonly nonGovernment: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  /** Company forms after a name ("SA", "Inc"). */
  readonly legalSuffixes: ReadonlySet<string>;
  readonly groupSuffixes: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  /** Capitalised words that end an organisation's name ("Party", "Federation"). */
  readonly orgNameWords: ReadonlySet<string>;
  /** Nouns by which a text refers back to an organisation ("the company"). */
  readonly companyNouns: ReadonlySet<string>;
  /** Nouns of events a name may qualify ("the Cannes ceremony"). */
  readonly eventNouns: ReadonlySet<string>;
  /** Role heads a work has as well as an organisation ("Goldeneye director", "Kill Bill star"). */
  readonly workRoles: ReadonlySet<string>;
  /** Prepositions, conjunctions and pronouns: a phrase describing a person before their name never holds one. */
  readonly boundaryWords: ReadonlySet<string>;
  /** Words of a story about politics, where a legislator may be named by name alone. */
  readonly politicalWords: ReadonlySet<string>;
  /** Words of a story about sport, where a sports club of the knowledge base may be named. */
  readonly sportWords: ReadonlySet<string>;
  /** Nouns of works ("film", "album"): a name right after one is a title, not a person. */
  readonly workNouns: ReadonlySet<string>;
  /** Nouns through which someone speaks or acts ("Obama's spokesman", "a spokesman for the DCA"). */
  readonly proxyNouns: ReadonlySet<string>;
  /** Every verb form ("said", "accusing") -> its lemma ("say", "accuse"). */
  readonly verbForms: ReadonlyMap<string, string>;
  readonly speech: ReadonlySet<string>;
  readonly cooperation: ReadonlySet<string>;
  readonly conflict: ReadonlySet<string>;
  readonly symmetric: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

/** The stage's vocabularies, built once from the data files. */
export function loadLexicon(): Lexicon {
  cached ??= build();
  return cached;
}

function build(): Lexicon {
  const forms: Record<string, string[]> = verbs.forms;
  const verbForms = new Map<string, string>();
  const lemmas = new Set([...verbs.speech, ...verbs.action, ...verbs.cooperation, ...verbs.conflict]);
  for (const lemma of lemmas) {
    for (const form of [lemma, ...(forms[lemma] ?? regularForms(lemma))]) verbForms.set(form, lemma);
  }
  return {
    leadWords: new Set(words.leadWords),
    auxiliaries: new Set(words.auxiliaries),
    beForms: new Set(words.beForms),
    timeWords: new Set(words.timeWords),
    locatives: new Set(words.locatives),
    particles: new Set(words.particles),
    patronymics: new Set(words.patronymics),
    nonNames: new Set(words.nonNames),
    pronouns: new Map(Object.entries(words.pronouns)),
    givenNames: new Set(givenNames.names),
    givenGroups: variantGroups(loadGivenVariants()),
    maleOnlyNames: new Set(givenNames.male.filter((n) => !givenNames.female.includes(n))),
    roleHeads: new Set(roles.heads),
    roleModifiers: new Set(roles.modifiers),
    weakRoles: new Set(roles.weak),
    governmentRoles: new Set(roles.government),
    nonGovernment: new Set(roles.nonGovernment),
    honorifics: new Set(roles.honorifics),
    orgSuffixes: new Set(words.orgSuffixes),
    legalSuffixes: new Set(words.legalSuffixes),
    groupSuffixes: new Set(words.groupSuffixes),
    orgHeads: new Set(words.orgHeads),
    orgNameWords: new Set(words.orgNameWords),
    companyNouns: new Set(words.companyNouns),
    eventNouns: new Set(words.eventNouns),
    workRoles: new Set(words.workRoles),
    boundaryWords: new Set(words.boundaryWords),
    politicalWords: new Set(words.politicalWords),
    sportWords: new Set(words.sportWords),
    workNouns: new Set(words.workNouns),
    proxyNouns: new Set(words.proxyNouns),
    verbForms,
    speech: new Set(verbs.speech),
    cooperation: new Set(verbs.cooperation),
    conflict: new Set(verbs.conflict),
    symmetric: new Set(verbs.symmetric),
  };
}

/** Each folded name -> the groups it is in. */
function variantGroups(groups: readonly (readonly string[])[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  groups.forEach((group, i) => {
    for (const name of group) {
      const key = fold(name).replace(/[^a-z]/g, '');
      const list = out.get(key);
      if (!list) out.set(key, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  return out;
}

/** -s, -ed and -ing forms of a regular English verb ("accuse" -> accuses, accused, accusing). */
function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}
