import { describe, expect, it } from 'vitest';
import { readRolePhrase } from '../../../pipeline/actors/scan/read-role-phrase.js';
import { lexicon, read } from '../helpers.js';

const phrase = (text: string) => {
  const { tokens, actors } = read(text);
  return readRolePhrase(tokens, 0, tokens.length, actors, lexicon);
};

describe('readRolePhrase', () => {
  it('reads role and affiliation', () => {
    expect(phrase('Saudi Deputy Crown Prince and Defense Minister')).toEqual({ titled: true, role: 'deputy crown prince and defense minister', affiliation: 'SAU' });
  });
  it('reads an organisation after "of"', () => {
    expect(phrase('chief executive of Acme Corp')).toMatchObject({ titled: true, organisation: 'Acme Corp' });
  });
  it('gives no role when the office completes another noun ("a critic of the president"), and keeps offices headed by a role', () => {
    expect(phrase('an outspoken critic of the president')).toEqual({ titled: false });
    expect(phrase('the wife of the Russian president')).toEqual({ titled: false });
    expect(phrase('secretary of state')).toMatchObject({ titled: true, role: 'secretary of state' });
    expect(phrase('chief of staff to the president')).toMatchObject({ titled: true });
  });
  it('reads the employer after a portfolio ("director of communications for the Labour Party", "head of tracing in Wambo for the ICRC")', () => {
    expect(phrase('director of communications for the Labour Party')).toEqual({ titled: true, role: 'director of communications', affiliation: 'party:gbr-labour' });
    expect(phrase('head of tracing in Wambo for the International Committee of the Red Cross')).toMatchObject({ affiliation: 'icrc' });
    expect(phrase('group managing director for BT Consumer')).toMatchObject({ role: 'managing director', organisation: 'BT Consumer' });
    // A state after "for" is the portfolio, not the employer.
    expect(phrase('special envoy for Syria')).toEqual({ titled: true, role: 'special envoy for Syria' });
  });
  it('reads "candidate for X" as the office sought, never the employer', () => {
    expect(phrase('a candidate for the Senate')).toEqual({ titled: true, role: 'candidate for the Senate' });
    expect(phrase('spokesman for the Senate')).toMatchObject({ affiliation: 'org:us-senate' });
  });
  it('reads a brand whose capital comes second as a name ("chief executive of yFrog")', () => {
    expect(phrase('chief executive of yFrog')).toMatchObject({ organisation: 'yFrog' });
  });
  it('reports an untitled phrase', () => {
    expect(phrase('a historian')).toEqual({ titled: false });
  });
  it('makes no organisation of a work before a bare role that films and books have ("Goldeneye director")', () => {
    expect(phrase('Goldeneye director')).toEqual({ titled: true, role: 'director' });
    expect(phrase('Kill Bill director')).toEqual({ titled: true, role: 'director' });
    // A name that says it is an organisation's keeps it, and so does a role a work has no use for.
    expect(phrase('ZTQ director')).toMatchObject({ organisation: 'ZTQ' });
    expect(phrase('Brightwater Group director')).toMatchObject({ organisation: 'Brightwater Group' });
    expect(phrase('Graphcore chief executive')).toMatchObject({ organisation: 'Graphcore' });
  });
  it('reads an organisation\'s whole name after "of", title words, "to" and all', () => {
    expect(phrase('co-chair of Strengthen Social Security')).toMatchObject({ organisation: 'Strengthen Social Security' });
    expect(phrase('executive vice president of the National Committee to Preserve Social Security and Medicare')).toMatchObject({ organisation: 'National Committee to Preserve Social Security and Medicare' });
    expect(phrase('a member of the House Ways and Means and budget committees')).not.toMatchObject({ organisation: 'House Ways and Means and' });
  });
  it('makes no organisation of a shadow portfolio, and one of a name in capitals', () => {
    expect(phrase('Shadow Constitutional Affairs Secretary')).not.toHaveProperty('organisation');
    expect(phrase('HOPE President')).toMatchObject({ organisation: 'HOPE' });
  });
  it('reads the employer after "for" an organisation, and after "at" past a portfolio', () => {
    expect(phrase('chief technology officer for Vivendi Universal')).toMatchObject({ organisation: 'Vivendi Universal' });
    expect(phrase("senior advisor on mobile media at Ericsson's consumer and enterprise lab")).toMatchObject({ role: 'senior advisor on mobile media', affiliation: 'co:ericsson' });
    // A state after "for" is the portfolio, not the employer.
    expect(phrase('special envoy for Syria')).not.toHaveProperty('affiliation');
  });
  it('keeps the actor of a former office apart from the affiliation', () => {
    expect(phrase('former RNC chairman')).toEqual({ titled: true, role: 'former RNC chairman', former: 'org:rnc' });
  });
});
