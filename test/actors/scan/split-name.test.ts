import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../pipeline/actors/registry/lexicon.js';
import { nameSkeleton } from '../../../pipeline/actors/scan/name-skeleton.js';
import { splitName } from '../../../pipeline/actors/scan/split-name.js';

const lexicon = loadLexicon();

describe('splitName', () => {
  it('drops the al- particle so al-Assad and Assad share a surname', () => {
    expect(splitName(['Bashar', 'al', '-', 'Assad'], lexicon)).toEqual({ given: ['bashar'], surname: nameSkeleton('Assad') });
  });
  it('keeps a patronymic so bin Salman is not Salman', () => {
    expect(splitName(['Mohammed', 'bin', 'Salman'], lexicon).surname).toBe(`bin ${nameSkeleton('Salman')}`);
  });
  it('returns no given names for a surname alone', () => {
    expect(splitName(['Lavrov'], lexicon).given).toEqual([]);
  });
});
