import { describe, expect, it } from 'vitest';
import { findRoleReferences } from '../../../pipeline/actors/read/find-role-references.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon } from '../helpers.js';

const refs = (sentence: string) => findRoleReferences(tokenise(sentence), new Set(), lexicon).map((p) => (p.ref.type === 'role' ? p.ref.role : p.ref.type));

describe('findRoleReferences', () => {
  it('finds "the minister" and "the foreign minister"', () => {
    expect(refs('The minister said talks would resume.')).toEqual(['minister']);
    expect(refs('Later the foreign minister added a caveat.')).toEqual(['foreign minister']);
  });
  it('ignores a title before a name and a description with "of"', () => {
    expect(refs('The minister Sergei Lavrov said so.')).toEqual([]);
    expect(refs('The head of the agency resigned.')).toEqual(['organisation']);
  });
  it('finds "the company" as a reference to an organisation, but not "the company\'s"', () => {
    expect(refs('The company said it would appeal.')).toEqual(['organisation']);
    expect(refs("The company's shares fell.")).toEqual([]);
  });
});
