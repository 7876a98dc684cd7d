/**
 * Hex digits of a sentence id the ledger keeps: 4 (16 bits). A new sentence
 * of a developing story is taken for one briefed before when its stamp equals
 * one of that story's stored stamps: with the 55 sentences of a typical
 * 5 KB story, once in 1,200 new sentences, about once in 30 developing
 * stories. The full 16 digits cost four times the space in a ledger that is
 * mostly sentence ids.
 */
export const LEDGER_CLAIM_HEX = 4;

/** A sentence id as the ledger stores and compares it. */
export function ledgerClaim(key: string): string {
  return key.slice(0, LEDGER_CLAIM_HEX);
}
