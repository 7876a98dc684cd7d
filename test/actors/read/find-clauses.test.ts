import { describe, expect, it } from 'vitest';
import { findClauses } from '../../../pipeline/actors/read/find-clauses.js';
import type { Participant } from '../../../pipeline/actors/model.js';
import { lexicon, read } from '../helpers.js';

/** Subjects (actor ids or person names) and verb lemma of each clause. */
const clauses = (sentence: string) => {
  const { tokens, actors, persons } = read(sentence);
  const participants: Participant[] = [
    ...persons.map((p): Participant => ({ start: p.start, end: p.end, ref: { type: 'person', personId: p.name }, agentive: true })),
    ...actors.filter((m) => !persons.some((p) => m.start >= p.start && m.end <= p.end)).map((m): Participant => ({ start: m.start, end: m.end, ref: { type: 'actor', actorId: m.actorId }, agentive: m.agentive })),
  ].sort((a, b) => a.start - b.start);
  tokens.forEach((t, i) => {
    if ((t.norm === 'he' || t.norm === 'she') && !t.quoted) participants.push({ start: i, end: i + 1, ref: { type: 'pronoun' }, agentive: true });
  });
  participants.sort((a, b) => a.start - b.start);
  const name = (p: Participant) => (p.ref.type === 'actor' ? p.ref.actorId : p.ref.type === 'person' ? p.ref.personId : 'he');
  return findClauses(tokens, participants, lexicon).map((c) => ({ subjects: c.subjects.map(name), lemma: c.lemma, objects: c.objects.map(name) }));
};

describe('findClauses', () => {
  it('finds the speaker of a plain statement', () => {
    expect(clauses('Russian Foreign Minister Sergei Lavrov said on Tuesday that talks had begun.')).toEqual([{ subjects: ['Sergei Lavrov'], lemma: 'say', objects: [] }]);
    expect(clauses('Kremlin spokesman Dmitry Peskov told reporters it was complicated.')).toEqual([{ subjects: ['Dmitry Peskov'], lemma: 'tell', objects: [] }]);
  });
  it('takes the main subject, not the subject of the reported clause', () => {
    expect(clauses('Washington said the Russian air force is to blame.')[0]?.subjects).toEqual(['USA']);
  });
  it('finds an agent and its object', () => {
    expect(clauses('Moscow later accused the US of not honoring its obligation.')).toEqual([{ subjects: ['RUS'], lemma: 'accuse', objects: ['USA'] }]);
  });
  it('finds coordinated subjects', () => {
    expect(clauses('Russia and Iran have agreed to speed up the agreement.')[0]?.subjects).toEqual(['RUS', 'IRN']);
  });
  it('reads an attribution after a quote and a pronoun subject', () => {
    expect(clauses('“We are concerned,” he added.')).toEqual([{ subjects: ['he'], lemma: 'add', objects: [] }]);
  });
  it('takes a describing phrase before a person for their title, before and after the verb', () => {
    expect(clauses('Labour election co-ordinator Alan Milburn said the speech showed no vision.')[0]?.subjects).toEqual(['Alan Milburn']);
    expect(clauses('“This is a momentous day,” said asbestosis sufferer Bernie Banton, who leads a victims’ association.')[0]?.subjects).toEqual(['Bernie Banton']);
    expect(clauses('Meanwhile, Aguilera’s agent Meghan Prophet said no plans had been set.')[0]?.subjects).toEqual(['Meghan Prophet']);
    // A preposition, a verb or "of" after a non-title stops the description: these people do not speak.
    expect(clauses('Critics of Tony Blair said the war was illegal.')).toEqual([]);
    expect(clauses('Police arrested John Smith on Monday.')).toEqual([]);
  });
  it('reads common verbs of saying and doing ("saw", "used", "observed")', () => {
    expect(clauses('Southwest Airlines saw its profits fall 15%.')[0]?.lemma).toEqual('see');
    expect(clauses('Charles Kennedy also used his appearance to defend the plan.')[0]?.lemma).toEqual('use');
  });
  it('takes where a person is from as part of the subject ("Darrell Issa of California, ...", "David Graham from the FDA")', () => {
    expect(clauses('Representative Darrell Issa of California, the senior Republican on the committee, said the deal was illegal.')[0]?.subjects).toEqual(['Darrell Issa']);
    expect(clauses("On Thursday, David Graham from the FDA's Office of Drug Safety told the panel there was no need.")[0]?.subjects).toEqual(['David Graham']);
  });
  it('reads a short introductory phrase without its comma', () => {
    expect(clauses('In a statement the RSPCA said it had grave concerns.')[0]?.subjects).toEqual(['org:rspca']);
    // A verb in the phrase makes it no introduction.
    expect(clauses('In backing the plan the RSPCA said it had grave concerns.')).toEqual([]);
  });
  it('reads the agent of a passive after "by"', () => {
    expect(clauses('The plan was rejected by Moscow on Monday.')).toEqual([{ subjects: ['RUS'], lemma: 'reject', objects: [] }]);
    expect(clauses('The town was bombed in 2015.')).toEqual([]);
  });
  it('skips a relative clause with a number in it, and an apposition whose closing comma is missing', () => {
    expect(clauses('Ford, which has sold 4,000 of its first hybrid since August, is bringing a hybrid SUV to market.')[0]?.subjects).toEqual(['co:ford']);
    expect(clauses('Kofi Annan, UN envoy and former secretary general said the plan had failed.')[0]?.subjects).toEqual(['Kofi Annan']);
  });
  it('reads "As X claimed," as X speaking, but not "As X attacked,"', () => {
    expect(clauses('As Russian Foreign Minister Sergei Lavrov claimed, the talks are over.')[0]?.subjects).toEqual(['Sergei Lavrov']);
    expect(clauses('As Russia attacked, the talks were over.')).toEqual([]);
  });
  it('reads "according to"', () => {
    expect(clauses('The talks failed, according to Iran.')[0]?.subjects).toEqual(['IRN']);
  });
  it('skips an apposition between subject and verb', () => {
    expect(clauses('Saudi Arabia, which wants Assad out, is coming to the table.')[0]?.subjects).toEqual(['SAU']);
  });
  it('gives no agent for a passive or a mere mention', () => {
    expect(clauses('Syria has been mired in a civil war since 2011.')).toEqual([]);
    expect(clauses('Rebels attacked several neighbourhoods of Damascus.')).toEqual([]);
  });
  it('skips a conjunct that is no participant', () => {
    expect(clauses('The HNC and its allies have insisted that Assad step down.')[0]?.subjects).toEqual(['syrian-opposition']);
  });
  it('splits clauses at ", while"', () => {
    expect(clauses('The US has been insisting on it, while Tehran and Moscow say otherwise.').map((c) => c.subjects)).toEqual([['USA'], ['IRN', 'RUS']]);
  });
});
