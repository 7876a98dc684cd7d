import { describe, expect, it } from 'vitest';
import { activeAt, isGovernmentRole, officeRank } from '../../../pipeline/actors/registry/read-offices.js';
import { lexicon, registry } from '../helpers.js';

// Knowledge-base persons as the registry indexes them, by surname skeleton.
const rubio = registry.personsBySurname.get('rb')?.find((p) => p.id === 'person:marco-rubio');
const brown = registry.personsBySurname.get('brvn')?.find((p) => p.id === 'person:gordon-brown');
const roles = (date: string | undefined, affiliations = rubio?.affiliations ?? []): string[] => activeAt(affiliations, date).map((a) => `${a.id}${a.role !== undefined ? ` ${a.role}` : ''}`);

describe('isGovernmentRole', () => {
  it('knows offices of a state’s government', () => {
    for (const role of ['foreign minister', 'prime minister', 'chancellor', 'secretary of state', 'defence secretary']) expect(isGovernmentRole(role, lexicon), role).toBe(true);
  });
  it('knows the opposition, shadows and legislative leaders are not the government', () => {
    for (const role of ['shadow chancellor', 'shadow home secretary', 'opposition leader', 'senate minority leader']) expect(isGovernmentRole(role, lexicon), role).toBe(false);
  });
  it('knows a company officer is no office of state', () => {
    expect(isGovernmentRole('chief executive', lexicon)).toBe(false);
  });
});

describe('activeAt', () => {
  it('has Marco Rubio as a senator in 2015 and secretary of state only from 2025', () => {
    expect(rubio).toBeDefined();
    expect(roles('2015-06-01')).toContain('USA senator');
    expect(roles('2015-06-01')).not.toContain('USA secretary of state');
    expect(roles('2025-06-01')).toContain('USA secretary of state');
    expect(roles('2025-06-01')).not.toContain('USA senator');
  });
  it('counts a year or a month alone as the whole of it', () => {
    const term = [{ id: 'GBR', role: 'prime minister', from: '1997', to: '2007-06' }];
    expect(roles('1997-01-01', term)).toEqual(['GBR prime minister']);
    expect(roles('2007-06-30', term)).toEqual(['GBR prime minister']);
    expect(roles('2007-07-01', term)).toEqual([]);
  });
  it('takes only what is still ongoing when there is no date', () => {
    expect(roles(undefined)).toContain('USA secretary of state');
    expect(roles(undefined)).not.toContain('USA senator');
  });
});

describe('officeRank', () => {
  it('ranks heads of government above ministers, ministers above legislators, legislators above a bare membership', () => {
    expect(brown).toBeDefined();
    const at = (date: string) => Math.max(...activeAt(brown?.affiliations ?? [], date).map((a) => officeRank(a, lexicon)));
    expect(at('2008-06-01')).toBe(3);
    expect(at('2004-06-01')).toBe(2);
    expect(officeRank({ id: 'USA', role: 'senator' }, lexicon)).toBe(1);
    expect(officeRank({ id: 'party:usa-republican' }, lexicon)).toBe(0);
  });
  it('ranks the head of an organisation with the ministers', () => {
    expect(officeRank({ id: 'nato', role: 'secretary-general' }, lexicon)).toBe(2);
    expect(officeRank({ id: 'co:boeing', role: 'chief executive' }, lexicon)).toBe(2);
  });
});
