import { describe, expect, it } from 'vitest';
import { clusterPersons, type PersonEntity } from '../../../pipeline/actors/persons/cluster-persons.js';
import { readStory } from '../../../pipeline/actors/read/read-story.js';
import { scanSentences } from '../../../pipeline/actors/scan/scan-sentences.js';
import { lexicon, registry } from '../helpers.js';

const actorOf = (p: PersonEntity): string => p.affiliation ?? p.id;
const readAll = (sentences: string[], date?: string) => {
  const scan = scanSentences({ title: 'Story', sentences, text: sentences.join(' '), ...(date !== undefined ? { date } : {}) }, registry, lexicon);
  const index = clusterPersons(scan.flatMap((s) => s.persons), registry, lexicon);
  return readStory(scan, index, lexicon, actorOf, (id) => registry.actors.get(id)?.kind === 'organisation', (id) => registry.actors.get(id)?.category === 'media');
};
const agents = (sentences: string[], date?: string) => readAll(sentences, date).map((r) => r.agents.map((a) => `${a.actorId}${a.person ? `/${a.person.name}` : ''}`));

describe('readStory', () => {
  it('gives a person’s statement to their state, with the person as speaker', () => {
    expect(agents(['Kremlin spokesman Dmitry Peskov told reporters that talks had stalled.'])).toEqual([['RUS/Dmitry Peskov']]);
  });
  it('gives a news outlet no agency where it only relays the news, and its own statements and acts', () => {
    expect(agents(['Reuters has reported that Turkey and Qatar will join the talks.', 'According to Reuters, Iran will attend.', 'Reuters said it would close its Moscow bureau.'])).toEqual([
      [],
      [],
      ['org:reuters'],
    ]);
  });
  it('resolves "he" to the person who was the subject of the sentence before', () => {
    expect(agents(['Russian Foreign Minister Sergei Lavrov said talks had begun.', 'He said Moscow and Riyadh agreed.'])).toEqual([
      ['RUS/Sergei Lavrov'],
      ['RUS/Sergei Lavrov'],
    ]);
  });
  it('never resolves "she" to a man', () => {
    expect(agents(['Russian Foreign Minister Sergei Lavrov said talks had begun.', 'She said Moscow and Riyadh agreed.'])).toEqual([['RUS/Sergei Lavrov'], []]);
  });

  it('leaves "he" unattributed when the sentence before had no person', () => {
    expect(agents(['Russia and Iran agreed on visas.', 'He emphasised that ties would grow.'])).toEqual([['RUS', 'IRN'], []]);
  });
  it('resolves a later surname and "the Russian foreign minister" to the person', () => {
    expect(agents(['Russian Foreign Minister Sergei Lavrov landed in Doha on Monday.', 'Lavrov said talks had begun.', 'The Russian foreign minister, for his part, said more.'])).toEqual([
      ['RUS/Sergei Lavrov'],
      ['RUS/Sergei Lavrov'],
      ['RUS/Sergei Lavrov'],
    ]);
  });
  it('gives what a senator with a party tag said to the party, with the senator as speaker', () => {
    // The issue's own example of text evidence: "Sen. Chuck Schumer, D-N.Y.".
    expect(agents(['Sen. Dick Durbin, D-Ill., said the bill would pass.'], '2013-06-01')).toEqual([['party:usa-democratic/Dick Durbin']]);
    expect(agents(['Rep. Nancy Pelosi said the deal would create jobs.'], '2012-06-20')).toEqual([['party:usa-democratic/Nancy Pelosi']]);
  });
  it('takes a legislator of the knowledge base for someone of the same name only in a story about politics', () => {
    expect(agents(['Donald Young won the boys’ singles title in Melbourne.'], '2005-02-01')).toEqual([['donald-young/Donald Young']]);
    expect(agents(['Congressman Don Young said the bill would pass.'], '2005-02-01')).toEqual([['party:usa-republican/Don Young']]);
  });
  it('gives each sentence of a quotation over several sentences to its speaker', () => {
    const readings = readAll(['“We will not waver.', 'The country needs a strong economy.', 'Nobody should doubt us,” Russian Foreign Minister Sergei Lavrov said.']);
    expect(readings.map((r) => r.agents.map((a) => `${a.actorId}/${a.person?.name}`))).toEqual([['RUS/Sergei Lavrov'], ['RUS/Sergei Lavrov'], ['RUS/Sergei Lavrov']]);
    expect(readings.map((r) => r.quoted === true)).toEqual([true, true, false]);
  });
  it('lets an actor speak through "a spokesman for" it, and a role holder through "the prime minister\'s spokesman"', () => {
    expect(agents(['A spokesman for the Kremlin said talks had stalled.'])).toEqual([['RUS']]);
    expect(agents(['Russian Prime Minister Dmitry Medvedev met the envoy.', "The prime minister's official spokesman said talks had stalled."], '2015-06-01')).toEqual([
      ['RUS/Dmitry Medvedev'],
      ['RUS/Dmitry Medvedev'],
    ]);
  });
  it('gives "it said" to the organisation named last, never to a state', () => {
    expect(agents(['Vodafone raised its forecast.', '"Demand is strong," it said in a statement.'])).toEqual([['co:vodafone-group'], ['co:vodafone-group']]);
    expect(agents(['Russia rejected the plan.', 'It said the plan was unfair.'])).toEqual([['RUS'], []]);
  });
  it('reads two sentences the splitter left together as two', () => {
    expect(agents(['The talks ended. Russian Foreign Minister Sergei Lavrov said they would resume.'])).toEqual([['RUS/Sergei Lavrov']]);
  });
  it('lets a person act through their campaign, office or spokesman', () => {
    // Someone the knowledge base does not know, in a state office it does not list, of no party the text names.
    const story = ['Connecticut Attorney General Jane Marlowe is running for the Senate.', "Marlowe's campaign disputed the report.", "Marlowe's office said she misspoke."];
    expect(agents(story, '2010-05-18').slice(1)).toEqual([['jane-marlowe/Jane Marlowe'], ['jane-marlowe/Jane Marlowe']]);
  });
  it('never makes an agent of a person named in a plain possessive', () => {
    expect(agents(['Russian President Vladimir Putin arrived in Beijing.', "Putin's initiative won praise in China."], '2019-06-01')[1]).toEqual([]);
  });
  it('resolves "the company" to the organisation named last', () => {
    expect(agents(['FIFA confirmed the host on Wednesday.', 'The organisation said the vote was fair.'])).toEqual([['fifa'], ['fifa']]);
  });

  it('types interactions from the verb', () => {
    const [first, second] = readAll(['The United States accused Russia of barbarism.', 'Russia and Iran have agreed to speed up the agreement.']);
    expect(first?.interactions).toEqual([{ a: 'USA', b: 'RUS', type: 'conflict' }]);
    expect(second?.interactions).toEqual([{ a: 'IRN', b: 'RUS', type: 'cooperation' }]);
  });
  it('lists the actors each sentence names, with the names used', () => {
    const [reading] = readAll(['The Kremlin said Moscow would not attend.']);
    expect(Object.fromEntries(reading?.mentions ?? [])).toEqual({ RUS: ['The Kremlin', 'Moscow'] });
  });
});
