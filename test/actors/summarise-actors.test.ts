import { describe, expect, it } from 'vitest';
import { summariseActors } from '../../pipeline/actors/summarise-actors.js';
import type { ActorBriefing } from '../../pipeline/types.js';
import { makeStories } from './make-stories.js';

// A small day in the style of the complaints: US political news of 2013-14 and the UK campaign of 2005,
// written for this test, each with its outlet and date (the knowledge base is read at it).
const ARTICLES = [
  {
    name: 'us1',
    source: 'nyt',
    published: '2013-06-28',
    text: `Christie signs New Jersey budget

New Jersey Governor Chris Christie signed a $32.9 billion state budget on Friday, ending weeks of talks with Democrats in the legislature.

Christie said the plan would cut property taxes and protect the state's pension fund.

Senate Minority Leader Mitch McConnell praised the governor in a statement, calling the budget "a model for Washington".

Senate Majority Leader Harry Reid said Republicans in Congress should follow Christie's example on the budget.`,
  },
  {
    name: 'us2',
    source: 'nyt',
    published: '2013-06-11',
    text: `C.I.A. briefed lawmakers on drone programme

The C.I.A. briefed members of the Senate Intelligence Committee on its drone programme on Tuesday, officials said.

Sen. Dianne Feinstein, D-Calif., said the agency had answered most of the committee's questions.

The C.I.A. declined to comment on the briefing.`,
  },
  {
    name: 'us3',
    source: 'nyt',
    published: '2014-12-11',
    text: `CIA chief defends interrogation report response

CIA Director John Brennan defended the agency on Thursday against a Senate report that accused it of misleading the White House.

The CIA said in a statement that it had made mistakes but had acted lawfully.

Donald Trump, a New York businessman, said on Twitter that the report was a disgrace.

Trump said the agency had kept the country safe.`,
  },
  {
    name: 'us4',
    source: 'nyt',
    published: '2014-10-08',
    text: `Boeing to cut jobs as orders slow

Boeing said on Wednesday it would cut 1,000 jobs at its plants in Washington state as orders for its wide-body jets slowed.

The company said demand from Asian airlines had fallen sharply this year.

Boeing Commercial Airplanes chief executive Ray Conner told employees the cuts were painful but necessary.`,
  },
  {
    name: 'us5',
    source: 'nyt',
    published: '2014-01-29',
    text: `Grimm threatens reporter after State of the Union

New York congressman Michael Grimm threatened a television reporter on Tuesday night after being asked about a campaign finance inquiry.

Grimm later apologised and said he had been in a hurry.

House Speaker John Boehner said the matter was closed.`,
  },
  {
    name: 'uk1',
    source: 'BBC News',
    published: '2005-04-04',
    text: `Tories pledge tax cuts as campaign heats up

The Conservatives pledged on Monday to cut taxes by £4bn if they win the general election.

Tory leader Michael Howard said a Conservative government would cut waste in Whitehall.

Shadow chancellor Oliver Letwin said the savings had been checked line by line.

Labour said the sums did not add up. Chancellor Gordon Brown said the Tories would cut schools and hospitals.

Mr Howard dismissed the criticism as scaremongering.`,
  },
  {
    name: 'uk2',
    source: 'BBC News',
    published: '2005-04-05',
    text: `Lib Dems target Labour seats

The Liberal Democrats launched their campaign in London on Tuesday, promising to scrap university tuition fees.

Lib Dem leader Charles Kennedy said his party was the real opposition to Labour on Iraq.

Labour party chairman Ian McCartney said the Lib Dems had no credible plan for the economy.

Prime Minister Tony Blair told reporters in Downing Street that the election would be fought on the economy.`,
  },
];

const output = summariseActors(makeStories(ARTICLES), [], {});
const all: ActorBriefing[] = [...output.actors, ...output.mentioned];
const actor = (id: string): ActorBriefing | undefined => all.find((a) => a.id === id);
const members = (id: string): string[] => (actor(id)?.members ?? []).map((m) => m.name);
const member = (name: string) => all.flatMap((a) => a.members.map((m) => ({ ...m, under: a.id }))).find((m) => m.name === name);
/** Every name an actor goes by: its name and the aliases the articles used. */
const names = all.flatMap((a) => [a.name, ...a.aliases]);

describe('summariseActors on US and UK political news', () => {
  it('makes no actor of a fragment of a longer name: no "Jersey", "York", "Minority" or "Majority"', () => {
    for (const fragment of [/jersey/i, /\byork\b/i, /minority/i, /majority/i]) expect(names.filter((n) => fragment.test(n)), String(fragment)).toEqual([]);
  });

  it('places New Jersey Governor Chris Christie in the Republican Party (a state governor holds no office of the United States)', () => {
    expect(member('Chris Christie')?.affiliations).toEqual(['party:usa-republican']);
  });

  // The issue: office-holders appear under their state, legislators and opposition under their party.
  it('shows a governor under their party', () => {
    expect(member('Chris Christie')?.under).toBe('party:usa-republican');
  });

  it('places the Senate leaders under their parties, their titles never actors', () => {
    expect(members('party:usa-republican')).toEqual(expect.arrayContaining(['Mitch McConnell', 'Michael Grimm']));
    expect(members('party:usa-democratic')).toEqual(expect.arrayContaining(['Harry Reid', 'Dianne Feinstein']));
  });

  it('gives what "Sen. Dianne Feinstein, D-Calif." said to the Democrats, with her as speaker', () => {
    expect(actor('party:usa-democratic')?.points.map((p) => p.speaker)).toContain('Dianne Feinstein');
  });

  it('makes one actor of "C.I.A." and "CIA", with its director', () => {
    const cia = all.filter((a) => a.aliases.includes('CIA') || a.aliases.includes('C.I.A.'));
    expect(cia.map((a) => [a.id, a.kind])).toEqual([['org:cia', 'organisation']]);
    expect(cia[0]?.aliases).toEqual(expect.arrayContaining(['CIA', 'C.I.A.']));
    expect(members('org:cia')).toEqual(['John Brennan']);
  });

  it('never files Trump or Christie as an organisation: they are persons', () => {
    expect(all.filter((a) => a.kind !== 'person' && /trump|christie/i.test(a.name)).map((a) => a.name)).toEqual([]);
    // In 2014 he held no office: a person, an actor of his own or a member of one, exactly once.
    const asActor = all.filter((a) => a.name === 'Donald Trump').map((a) => a.kind);
    expect([...asActor, ...(member('Donald Trump') ? ['person'] : [])]).toEqual(['person']);
  });

  it('files Boeing as an organisation, with what "the company" said', () => {
    expect(actor('co:boeing')?.kind).toBe('organisation');
    expect(actor('co:boeing')?.points.map((p) => p.text)).toContain('The company said demand from Asian airlines had fallen sharply this year.');
    expect(all.filter((a) => a.kind === 'person' && /boeing/i.test(a.name))).toEqual([]);
  });

  it('places an officer of a company’s division under the company, never under a fragment of its name', () => {
    // "Boeing Commercial Airplanes chief executive Ray Conner".
    expect(names).not.toContain('Airplanes');
    expect(members('co:boeing')).toContain('Ray Conner');
  });

  it('makes Labour, the Conservatives and the Liberal Democrats party actors, with their people and points', () => {
    expect(members('party:gbr-conservative')).toEqual(expect.arrayContaining(['Michael Howard', 'Oliver Letwin']));
    expect(members('party:gbr-liberal-democrats')).toEqual(['Charles Kennedy']);
    expect(members('party:gbr-labour')).toEqual(['Ian McCartney']);
    for (const id of ['party:gbr-labour', 'party:gbr-conservative', 'party:gbr-liberal-democrats']) expect(actor(id)?.points.length, id).toBeGreaterThan(0);
  });

  it('knows the Conservatives as the Tories and the Liberal Democrats as the Lib Dems, one actor each', () => {
    expect(actor('party:gbr-conservative')?.aliases).toEqual(expect.arrayContaining(['Conservatives', 'Tories', 'Tory']));
    expect(actor('party:gbr-liberal-democrats')?.aliases).toEqual(expect.arrayContaining(['Liberal Democrats', 'Lib Dems', 'Lib Dem']));
    expect(all.filter((a) => /^(tory|tories|shadow|dem|democrat|lib dems?)$/i.test(a.name)).map((a) => a.name)).toEqual([]);
  });

  it('shows ministers under the United Kingdom, each with their party', () => {
    expect(member('Gordon Brown')).toMatchObject({ under: 'GBR', role: 'chancellor', affiliations: ['GBR', 'party:gbr-labour'] });
    expect(member('Tony Blair')).toMatchObject({ under: 'GBR', role: 'prime minister', affiliations: ['GBR', 'party:gbr-labour'] });
  });

  it('resolves "Mr Howard" to Michael Howard and makes no person of the surname alone', () => {
    const howard = actor('party:gbr-conservative')?.points.find((p) => p.text.startsWith('Mr Howard dismissed'));
    expect(howard?.speaker).toBe('Michael Howard');
    expect(all.flatMap((a) => [a.name, ...a.members.map((m) => m.name)])).not.toContain('Howard');
  });
});

// European business news of 2024, written for this test in the style of the eval set.
const BUSINESS = [
  {
    name: 'eu1',
    source: 'Financial Times',
    published: '2024-04-23',
    text: `Brussels fines Apple over app store rules

The European Commission fined Apple 500 million euros on Tuesday for blocking cheaper offers outside its App Store.

Apple said it would appeal the decision.

The company accused the Commission of singling out American firms.

Siemens did not comment on the ruling, which could affect its own software business.`,
  },
  {
    name: 'eu2',
    source: 'Financial Times',
    published: '2024-07-03',
    text: `Lufthansa wins approval for ITA stake

The European Commission approved Lufthansa's purchase of a stake in ITA Airways on Wednesday.

Rival carrier Ryanair criticised the decision. Its chief executive, Michael O'Leary, accused Brussels of handing Lufthansa a monopoly.`,
  },
];

describe('summariseActors on European business news', () => {
  const day = summariseActors(makeStories(BUSINESS), [], {});
  const every: ActorBriefing[] = [...day.actors, ...day.mentioned];
  const pointsOf = (id: string): string[] => (every.find((a) => a.id === id)?.points ?? []).map((p) => p.text);

  it('knows Apple the company when the article says "Apple said" and "the company"', () => {
    expect(pointsOf('co:apple')).toEqual(expect.arrayContaining(['Apple said it would appeal the decision.', 'The company accused the Commission of singling out American firms.']));
  });

  it('never gives what "the company" did to a body that is no company', () => {
    expect(pointsOf('european-commission')).not.toContain('The company accused the Commission of singling out American firms.');
  });

  it('places "Its chief executive, Michael O’Leary" under the company the sentence before introduced', () => {
    expect((every.find((a) => a.id === 'ryanair')?.members ?? []).map((m) => m.name)).toContain("Michael O'Leary");
  });

  it('makes no point of a negated non-action ("did not comment")', () => {
    expect(every.flatMap((a) => a.points.map((p) => p.text)).filter((t) => t.includes('did not comment'))).toEqual([]);
  });
});

