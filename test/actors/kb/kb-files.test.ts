import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { KbAffiliation, KbEntry, KbSource } from '../../../pipeline/actors/kb/build/kb-entry.js';
import { KB_KINDS } from '../../../pipeline/actors/kb/build/kb-entry.js';

const KB = new URL('../../../pipeline/actors/kb/', import.meta.url);
const require = createRequire(import.meta.url);
const ALPHA3 = new Set((require('world-countries') as { cca3: string }[]).map((c) => c.cca3));
const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

// What each shipped file may hold: kind and categories.
const FILES: Record<string, { kind: KbEntry['kind']; categories: readonly string[] }> = {
  'places.json': { kind: 'place', categories: ['subdivision', 'city'] },
  'parties.json': { kind: 'organisation', categories: ['party'] },
  'persons.json': { kind: 'person', categories: [] },
  // Ministries speak for their state; party committees (DNC, NRSC) are parties' own bodies, filed as parties.
  'organisations.json': { kind: 'organisation', categories: ['international', 'institution', 'central-bank', 'legislature', 'ministry', 'party', 'club', 'media', 'ngo', 'think-tank', 'union', 'business-group', 'university'] },
  'companies.json': { kind: 'organisation', categories: ['company'] },
  'groups.json': { kind: 'group', categories: ['armed-group'] },
};

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, KB), 'utf8'));
const files = Object.fromEntries(Object.keys(FILES).map((file) => [file, (read(file) as { generated: string; entries: KbEntry[] })]));
const sources = (read('sources.json') as { sources: KbSource[] }).sources;
const variants = (read('given-names.json') as { variants: Record<string, string[]> }).variants;
const all = Object.values(files).flatMap((f) => f.entries);
const byId = new Map(all.map((e) => [e.id, e]));

const named = (file: string, name: string): KbEntry => {
  const found = files[file]!.entries.filter((e) => e.name === name || e.aliases?.includes(name));
  expect(found.length, `${name} in ${file}`).toBeGreaterThan(0);
  return found[0]!;
};
const holds = (entry: KbEntry, id: string, role: string | undefined, date: string): KbAffiliation | undefined =>
  entry.affiliations?.find((a) => a.id === id && a.role === role && (a.from ?? '0000') <= date && (a.to === undefined || date <= a.to));

describe('knowledge-base files', () => {
  it('say they are generated and list entries sorted by id', () => {
    for (const [file, data] of Object.entries(files)) {
      expect(data.generated, file).toBe('npm run build:kb');
      const ids = data.entries.map((e) => e.id);
      expect(ids, file).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  // The schema checks collect every problem and compare with none, so one run names them all.
  it('give every entry a unique id, a valid kind and category, a name and a known source', () => {
    expect(byId.size).toBe(all.length);
    const sourceIds = new Set(sources.map((s) => s.id));
    const problems: string[] = [];
    for (const [file, data] of Object.entries(files)) {
      const rule = FILES[file]!;
      for (const entry of data.entries) {
        if (!(KB_KINDS as readonly string[]).includes(entry.kind) || entry.kind !== rule.kind) problems.push(`${entry.id}: kind ${entry.kind}`);
        if (rule.categories.length > 0 && !rule.categories.includes(entry.category ?? '')) problems.push(`${entry.id}: category ${entry.category}`);
        if (!/^(person|party|org|co|group|place):[a-z0-9][a-z0-9-]*$/.test(entry.id)) problems.push(`${entry.id}: id is not a prefixed ASCII slug`);
        if (entry.name.trim() === '') problems.push(`${entry.id}: empty name`);
        if (!sourceIds.has(entry.source)) problems.push(`${entry.id}: unknown source ${entry.source}`);
        if (entry.state !== undefined && !ALPHA3.has(entry.state)) problems.push(`${entry.id}: state ${entry.state}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep aliases distinct from the name and from the ambiguous ones', () => {
    const problems: string[] = [];
    for (const entry of all) {
      const aliases = entry.aliases ?? [];
      const ambiguous = new Set(entry.ambiguousAliases ?? []);
      if (new Set(aliases).size !== aliases.length) problems.push(`${entry.id}: repeated alias`);
      if (aliases.includes(entry.name)) problems.push(`${entry.id}: name repeated as alias`);
      for (const alias of [...aliases, ...ambiguous]) if (alias.trim() === '') problems.push(`${entry.id}: empty alias`);
      for (const alias of aliases) if (ambiguous.has(alias)) problems.push(`${entry.id}: ${alias} both plain and ambiguous`);
    }
    expect(problems).toEqual([]);
  });

  it('never make a bare surname an alias of a person', () => {
    const problems = files['persons.json']!.entries.filter((e) => (e.aliases ?? []).includes(e.name.split(' ').at(-1) ?? '')).map((e) => e.id);
    expect(problems).toEqual([]);
  });

  it('give every party and ministry a state (a party is filtered by it; a ministry speaks for it)', () => {
    const problems = all.filter((e) => (e.category === 'party' || e.category === 'ministry') && e.state === undefined).map((e) => e.id);
    expect(problems).toEqual([]);
  });

  it('date affiliations in ISO, in order, and point at a state or an entry', () => {
    const problems: string[] = [];
    for (const entry of all) {
      for (const a of entry.affiliations ?? []) {
        if (!ALPHA3.has(a.id) && !byId.has(a.id)) problems.push(`${entry.id}: affiliation ${a.id} resolves to nothing`);
        for (const date of [a.from, a.to]) if (date !== undefined && !DATE.test(date)) problems.push(`${entry.id}: date ${date}`);
        if (a.from !== undefined && a.to !== undefined && a.from > a.to) problems.push(`${entry.id}: ${a.id} ${a.from} after ${a.to}`);
        if (a.role !== undefined && a.role !== a.role.toLowerCase()) problems.push(`${entry.id}: role ${a.role}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describe every source with its licence', () => {
    for (const source of sources) {
      for (const field of ['id', 'name', 'url', 'licence', 'licenceUrl', 'retrieved', 'note'] as const) expect(source[field], `${source.id}.${field}`).toBeTruthy();
    }
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('list given-name variants in lowercase, Jim for James and Chuck for Charles', () => {
    expect(Object.keys(variants)).toEqual(Object.keys(variants).sort());
    for (const [name, list] of Object.entries(variants)) {
      expect(name).toMatch(/^[a-z][a-z'-]*$/);
      for (const variant of list) expect(variant).toMatch(/^[a-z][a-z'-]*$/);
    }
    expect(variants.james).toContain('jim');
    expect(variants.charles).toContain('chuck');
    expect(variants.william).toContain('bill');
    expect(variants.michael).toContain('mike');
  });
});

describe('knowledge-base spot checks', () => {
  it('have Gordon Brown as chancellor, then prime minister, in Labour', () => {
    const brown = named('persons.json', 'Gordon Brown');
    expect(brown.state).toBe('GBR');
    expect(holds(brown, 'GBR', 'chancellor of the exchequer', '2004-01-01')).toBeDefined();
    expect(holds(brown, 'GBR', 'prime minister', '2004-01-01')).toBeUndefined();
    expect(holds(brown, 'GBR', 'prime minister', '2008-06-01')).toBeDefined();
    expect(holds(brown, 'GBR', 'prime minister', '2011-01-01')).toBeUndefined();
    expect(brown.affiliations?.some((a) => a.id === 'party:gbr-labour')).toBe(true);
  });

  it('have Tony Blair, Michael Howard and Charles Kennedy with their offices', () => {
    expect(holds(named('persons.json', 'Tony Blair'), 'GBR', 'prime minister', '2005-05-01')).toBeDefined();
    expect(holds(named('persons.json', 'Michael Howard'), 'party:gbr-conservative', 'leader', '2004-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Michael Howard'), 'party:gbr-conservative', 'leader', '2006-06-01')).toBeUndefined();
    expect(holds(named('persons.json', 'Charles Kennedy'), 'party:gbr-liberal-democrats', 'leader', '2005-01-01')).toBeDefined();
  });

  it('have Chuck Schumer by his nickname with his full names as aliases', () => {
    const schumer = named('persons.json', 'Chuck Schumer');
    expect(schumer.name).toBe('Chuck Schumer');
    expect(schumer.aliases).toContain('Charles Schumer');
    expect(holds(schumer, 'USA', 'senator', '2015-01-01')).toBeDefined();
    expect(holds(schumer, 'party:usa-democratic', undefined, '2015-01-01')).toBeDefined();
  });

  it('have Jim Mattis, also James Mattis, as defense secretary 2017-2019', () => {
    const mattis = named('persons.json', 'Jim Mattis');
    expect(named('persons.json', 'James Mattis').id).toBe(mattis.id);
    expect(holds(mattis, 'USA', 'defense secretary', '2018-01-01')).toBeDefined();
    expect(holds(mattis, 'USA', 'defense secretary', '2020-01-01')).toBeUndefined();
  });

  it('have Marco Rubio as senator in 2015 and secretary of state only from 2025', () => {
    const rubio = named('persons.json', 'Marco Rubio');
    expect(holds(rubio, 'USA', 'senator', '2015-06-01')).toBeDefined();
    expect(holds(rubio, 'USA', 'secretary of state', '2015-06-01')).toBeUndefined();
    expect(holds(rubio, 'USA', 'secretary of state', '2025-06-01')).toBeDefined();
    expect(holds(rubio, 'USA', 'senator', '2025-06-01')).toBeUndefined();
  });

  // The issue asks for heads of state and government 2000 to today; these states are named by the seeds and the eval set.
  it('have a head of state or government in 2015 for each state the seeds and the eval set name', () => {
    const HEADS = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emir']);
    const missing = ['SYR', 'HUN', 'PAK', 'EGY', 'KEN', 'MYS', 'JOR', 'IRQ', 'ARE', 'RUS', 'TUR', 'IRN', 'SAU', 'POL', 'JPN'].filter(
      (state) => !all.some((e) => e.affiliations?.some((a) => a.id === state && HEADS.has(a.role ?? '') && (a.from ?? '0000') <= '2015-06-01' && (a.to === undefined || '2015-06-01' <= a.to))),
    );
    expect(missing).toEqual([]);
  });

  it('have members of Congress who left before 2012, by the names news uses, with their chamber and party', () => {
    const dodd = named('persons.json', 'Chris Dodd');
    expect(dodd.aliases).toContain('Christopher J. Dodd');
    expect(holds(dodd, 'USA', 'senator', '2010-06-01')).toBeDefined();
    expect(holds(dodd, 'USA', 'senator', '2012-06-01')).toBeUndefined();
    expect(holds(dodd, 'party:usa-democratic', undefined, '2010-06-01')).toBeDefined();
    const specter = named('persons.json', 'Arlen Specter');
    expect(holds(specter, 'party:usa-republican', undefined, '2005-06-01')).toBeDefined();
    expect(holds(specter, 'party:usa-democratic', undefined, '2010-06-01')).toBeDefined();
    for (const name of ['Joe Sestak', 'Bob Etheridge']) {
      const member = named('persons.json', name);
      expect(holds(member, 'USA', 'representative', '2010-06-01'), name).toBeDefined();
      expect(holds(member, 'party:usa-democratic', undefined, '2010-06-01'), name).toBeDefined();
    }
    expect(named('persons.json', 'Dennis Hastert').aliases).toContain('Denny Hastert');
    // A curated senator's exact dates win over a span that ends with the Congress.
    const kennedy = named('persons.json', 'Ted Kennedy');
    expect(holds(kennedy, 'USA', 'senator', '2009-06-01')).toBeDefined();
    expect(holds(kennedy, 'USA', 'senator', '2010-06-01')).toBeUndefined();
    // One entry for a member in both Congress sources.
    expect(files['persons.json']!.entries.filter((e) => e.name === 'Dick Durbin')).toHaveLength(1);
  });

  it('have one governor of each of the 50 US states at any date since 2000', () => {
    const states = files['places.json']!.entries.filter((e) => /^place:us-[a-z]{2}$/.test(e.id) && !['place:us-dc', 'place:us-as', 'place:us-gu', 'place:us-mp', 'place:us-pr', 'place:us-um', 'place:us-vi'].includes(e.id));
    expect(states).toHaveLength(50);
    const problems: string[] = [];
    for (const date of ['2000-06-01', '2003-06-01', '2009-06-01', '2012-06-01', '2017-06-01', '2021-06-01', '2024-06-01']) {
      for (const state of states) {
        const governors = files['persons.json']!.entries.filter((e) => holds(e, state.id, 'governor', date));
        if (governors.length !== 1) problems.push(`${state.id} ${date}: ${governors.map((g) => g.name).join(', ') || 'none'}`);
      }
    }
    expect(problems).toEqual([]);
    expect(holds(named('persons.json', 'Jennifer Granholm'), 'place:us-mi', 'governor', '2010-06-01')).toBeDefined();
    expect(named('persons.json', 'Jennifer Granholm').affiliations?.some((a) => a.id === 'party:usa-democratic')).toBe(true);
  });

  it('have the justices of the US Supreme Court since 2000 under the court', () => {
    const court = named('organisations.json', 'U.S. Supreme Court');
    const justices = files['persons.json']!.entries.filter((e) => holds(e, court.id, 'justice', '2011-06-01') || holds(e, court.id, 'chief justice', '2011-06-01'));
    expect(justices).toHaveLength(9);
    expect(holds(named('persons.json', 'John G. Roberts Jr.'), court.id, 'chief justice', '2011-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Anthony M. Kennedy'), court.id, 'justice', '2019-06-01')).toBeUndefined();
  });

  it('have Chris Christie as governor of New Jersey 2010-2018', () => {
    const christie = named('persons.json', 'Chris Christie');
    expect(christie.state).toBe('USA');
    expect(holds(christie, 'place:us-nj', 'governor', '2013-01-01')).toBeDefined();
    expect(holds(christie, 'place:us-nj', 'governor', '2019-01-01')).toBeUndefined();
  });

  it('have a full House of Commons at any date from 2010, MPs of 2015-2024 included', () => {
    for (const date of ['2012-06-01', '2016-06-01', '2018-06-01', '2021-06-01', '2023-06-01']) {
      const mps = files['persons.json']!.entries.filter((e) => holds(e, 'GBR', 'member of parliament', date));
      expect(mps.length, date).toBeGreaterThanOrEqual(640);
      expect(mps.length, date).toBeLessThanOrEqual(650);
    }
    const davison = named('persons.json', 'Dehenna Davison');
    expect(holds(davison, 'GBR', 'member of parliament', '2021-06-01')).toBeDefined();
    expect(holds(davison, 'party:gbr-conservative', undefined, '2021-06-01')).toBeDefined();
    expect(holds(davison, 'GBR', 'member of parliament', '2025-06-01')).toBeUndefined();
    // A by-election ends the seat's previous member (Michael Meacher died in 2015).
    expect(holds(named('persons.json', 'Jim McMahon'), 'GBR', 'member of parliament', '2016-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Michael Meacher'), 'GBR', 'member of parliament', '2016-06-01')).toBeUndefined();
  });

  it('have UK junior ministers and ministers in the Lords since 2000, peers by their titles', () => {
    const soubry = named('persons.json', 'Anna Soubry');
    expect(holds(soubry, 'GBR', 'parliamentary under-secretary of state for defence', '2014-01-01')).toBeDefined();
    expect(holds(soubry, 'GBR', 'minister of state', '2015-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Lord Adonis'), 'GBR', 'transport secretary', '2009-12-01')).toBeDefined();
    expect(named('persons.json', 'Lord Falconer').name).toBe('Lord Falconer of Thoroton');
    const mandelson = named('persons.json', 'Lord Mandelson');
    expect(mandelson.name).toBe('Peter Mandelson');
    expect(holds(mandelson, 'GBR', 'business secretary', '2009-01-01')).toBeDefined();
    // Cabinet posts of the government data and the curated ones are one office.
    expect(named('persons.json', 'Theresa May').affiliations?.filter((a) => a.role === 'home secretary')).toHaveLength(1);
  });

  it('have Angela Merkel and Narendra Modi heading their governments with their parties', () => {
    const merkel = named('persons.json', 'Angela Merkel');
    expect(holds(merkel, 'DEU', 'chancellor', '2010-01-01')).toBeDefined();
    expect(merkel.affiliations?.some((a) => a.id === 'party:deu-cdu')).toBe(true);
    const modi = named('persons.json', 'Narendra Modi');
    expect(holds(modi, 'IND', 'prime minister', '2020-01-01')).toBeDefined();
    expect(modi.affiliations?.some((a) => a.id === 'party:ind-bjp')).toBe(true);
  });

  it('have the G7 offices without gaps the review found (acting holders, interim posts, devolved leaders)', () => {
    // Thérèse Coffey was Truss's deputy; Raab was deputy before and after, not between.
    expect(holds(named('persons.json', 'Thérèse Coffey'), 'GBR', 'deputy prime minister', '2022-10-01')).toBeDefined();
    expect(holds(named('persons.json', 'Dominic Raab'), 'GBR', 'deputy prime minister', '2022-10-01')).toBeUndefined();
    expect(holds(named('persons.json', 'Dominic Raab'), 'GBR', 'deputy prime minister', '2023-01-01')).toBeDefined();
    expect(holds(named('persons.json', 'Martin McGuinness'), 'place:gb-nir', 'deputy first minister', '2010-01-01')).toBeDefined();
    expect(holds(named('persons.json', 'Roger Knapman'), 'party:gbr-ukip', 'leader', '2005-01-01')).toBeDefined();
    expect(holds(named('persons.json', 'Bill Daley'), 'USA', 'white house chief of staff', '2011-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Jacob Lew'), 'USA', 'budget director', '2011-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Jay Carney'), 'USA', 'white house press secretary', '2012-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Nancy Pelosi'), 'USA', 'house minority leader', '2012-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Sigmar Gabriel'), 'party:deu-spd', 'leader', '2012-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Jean-Louis Borloo'), 'FRA', 'finance minister', '2007-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Lawrence Cannon'), 'CAN', 'foreign minister', '2010-06-01')).toBeDefined();
    expect(holds(named('persons.json', 'Shoichi Nakagawa'), 'JPN', 'finance minister', '2009-01-01')).toBeDefined();
    expect(holds(named('persons.json', "Massimo D'Alema"), 'ITA', 'prime minister', '2000-01-01')).toBeDefined();
  });

  it('have the UK parties with their short forms and nicknames', () => {
    expect(named('parties.json', 'Labour Party').id).toBe('party:gbr-labour');
    expect(named('parties.json', 'Labour Party').state).toBe('GBR');
    const tories = named('parties.json', 'Tories');
    expect(tories.id).toBe('party:gbr-conservative');
    expect(tories.aliases).toContain('Tory');
    const libDems = named('parties.json', 'Lib Dems');
    expect(libDems.name).toBe('Liberal Democrats');
    expect(libDems.aliases).toContain('Lib Dem');
  });

  it('have the US parties as Democrats, Dems, GOP and Republicans', () => {
    const democrats = named('parties.json', 'Dems');
    expect(democrats.id).toBe('party:usa-democratic');
    expect(democrats.aliases).toContain('Democrats');
    const gop = named('parties.json', 'GOP');
    expect(gop.id).toBe('party:usa-republican');
    expect(gop.aliases).toContain('Republicans');
  });

  it('have CDU, CSU, SPD, BJP, and Congress only as an ambiguous alias of the INC', () => {
    for (const [name, state] of [['CDU', 'DEU'], ['CSU', 'DEU'], ['SPD', 'DEU'], ['BJP', 'IND']] as const) expect(named('parties.json', name).state).toBe(state);
    const inc = named('parties.json', 'Indian National Congress');
    expect(inc.ambiguousAliases).toContain('Congress');
    expect(inc.aliases ?? []).not.toContain('Congress');
  });

  it('have the companies news names by their short names', () => {
    for (const [name, state] of [['Boeing', 'USA'], ['Fiat', 'ITA'], ['S&P', 'USA'], ["Standard & Poor's", 'USA'], ['Hyundai Motor', 'KOR'], ['Sumitomo Mitsui', 'JPN'], ['UK Coal', 'GBR']] as const) {
      const company = named('companies.json', name);
      expect(company.category, name).toBe('company');
      expect(company.state, name).toBe(state);
    }
    expect(named('companies.json', "Standard & Poor's").id).toBe(named('companies.json', 'S&P').id);
  });

  it('have football clubs of the big European leagues and North American teams, by the names news uses', () => {
    const clubs = files['organisations.json']!.entries.filter((e) => e.category === 'club');
    expect(clubs.filter((c) => c.state === 'GBR').length).toBeGreaterThan(50);
    expect(clubs.filter((c) => c.state === 'DEU').length).toBeGreaterThan(25);
    expect(named('organisations.json', 'Man Utd').name).toBe('Manchester United');
    expect(named('organisations.json', 'Chelsea').state).toBe('GBR');
    // Relegated in 2007: read from the Premier League seasons since 2000.
    expect(named('organisations.json', 'Charlton').name).toBe('Charlton Athletic');
    expect(named('organisations.json', 'Bayern Munich').state).toBe('DEU');
    // A club named like its city, or by a common word, needs context.
    const liverpool = clubs.find((c) => c.ambiguousAliases?.includes('Liverpool'));
    expect(liverpool?.name).toBe('Liverpool FC');
    expect(clubs.find((c) => c.ambiguousAliases?.includes('Spurs') && c.state === 'GBR')?.name).toBe('Tottenham Hotspur');
    expect(clubs.some((c) => c.aliases?.includes('Barcelona') || c.aliases?.includes('Senators'))).toBe(false);
    expect(named('organisations.json', 'Washington Redskins').name).toBe('Washington Commanders');
    expect(named('organisations.json', 'New York Yankees').state).toBe('USA');
  });

  it('have news media as organisations of category media, with the company that owns them', () => {
    const fox = named('organisations.json', 'Fox News');
    expect(fox.category).toBe('media');
    expect(fox.ambiguousAliases).toContain('Fox');
    expect(fox.affiliations?.some((a) => byId.get(a.id)?.category === 'company')).toBe(true);
    for (const [name, state] of [['BBC', 'GBR'], ['ITV', 'GBR'], ['Channel 4', 'GBR'], ['CNN', 'USA'], ['NBC News', 'USA'], ['Newsweek', 'USA'], ['Al Jazeera', 'QAT']] as const) {
      const outlet = named('organisations.json', name);
      expect(outlet.category, name).toBe('media');
      expect(outlet.state, name).toBe(state);
    }
    expect(files['companies.json']!.entries.some((e) => e.name === 'BBC')).toBe(false);
    // Short names that are common words or UK news's word for cameras need context.
    expect(named('organisations.json', 'The Guardian').ambiguousAliases).toContain('Guardian');
    expect(named('organisations.json', 'China Central Television').ambiguousAliases).toContain('CCTV');
  });

  it('have NGOs, think tanks, trade unions, business groups, universities and public bodies', () => {
    for (const [name, category, state] of [
      ['Oxfam', 'ngo', 'GBR'], ['N.A.A.C.P.', 'ngo', 'USA'], ['AARP', 'ngo', 'USA'], ['ACLU', 'ngo', 'USA'],
      ['Cato Institute', 'think-tank', 'USA'], ['Brookings', 'think-tank', 'USA'], ['Chatham House', 'think-tank', 'GBR'],
      ['TUC', 'union', 'GBR'], ['AFL-CIO', 'union', 'USA'], ['CBI', 'business-group', 'GBR'], ['U.S. Chamber of Commerce', 'business-group', 'USA'],
      ['Oxford University', 'university', 'GBR'], ['Harvard', 'university', 'USA'],
      ['ONS', 'institution', 'GBR'], ['Labor Department', 'ministry', 'USA'], ['Scottish Parliament', 'legislature', 'GBR'],
    ] as const) {
      const entry = named('organisations.json', name);
      expect(entry.category, name).toBe(category);
      expect(entry.state, name).toBe(state);
    }
    expect(named('organisations.json', 'NAACP').id).toBe(named('organisations.json', 'N.A.A.C.P.').id);
    expect(named('organisations.json', 'European Medicines Agency').affiliations).toContainEqual({ id: 'org:eu' });
    // A short form shared with another entry needs context (RSF is also Sudan's Rapid Support Forces).
    expect(named('organisations.json', 'Reporters Without Borders').ambiguousAliases).toContain('RSF');
    expect(files['organisations.json']!.entries.some((e) => e.aliases?.includes('Oxford'))).toBe(false);
  });

  it('have the European Commission as EC, the CIA as C.I.A. and the FBI as F.B.I.', () => {
    expect(named('organisations.json', 'EC').name).toBe('European Commission');
    expect(named('organisations.json', 'C.I.A.').name).toBe('CIA');
    expect(named('organisations.json', 'F.B.I.').name).toBe('FBI');
  });

  it('have US states as places, so their names never split into fragments', () => {
    for (const name of ['New Jersey', 'New York', 'South Carolina']) {
      const place = files['places.json']!.entries.find((e) => e.name === name && e.category === 'subdivision');
      expect(place?.state, name).toBe('USA');
    }
  });

  it('flag common words as ambiguous aliases', () => {
    for (const [file, word] of [['companies.json', 'Shell'], ['companies.json', 'Apple'], ['parties.json', 'Reform']] as const) {
      const entry = files[file]!.entries.find((e) => e.ambiguousAliases?.includes(word));
      expect(entry, word).toBeDefined();
      expect(files[file]!.entries.some((e) => e.aliases?.includes(word)), word).toBe(false);
    }
  });
});
