import { describe, expect, it } from 'vitest';
import { read } from '../helpers.js';

const persons = (sentence: string) => read(sentence).persons.map((p) => ({ name: p.name, affiliation: p.affiliation ?? p.organisation, role: p.role }));

describe('findPersonMentions', () => {
  it('places a person from a demonym title', () => {
    expect(persons('Saudi Foreign Minister Adel al-Jubeir arrived.')).toEqual([{ name: 'Adel al-Jubeir', affiliation: 'SAU', role: 'foreign minister' }]);
  });
  it('places a person from an institution title', () => {
    expect(persons('Kremlin spokesman Dmitry Peskov told reporters.')).toEqual([{ name: 'Dmitry Peskov', affiliation: 'RUS', role: 'spokesman' }]);
  });
  it('places a counterpart by the adjective, without making "counterpart" a role', () => {
    expect(persons('Lavrov met his Iranian counterpart Mohammad Javad Zarif.')).toEqual([{ name: 'Mohammad Javad Zarif', affiliation: 'IRN', role: undefined }]);
  });
  it('places a person from an apposition after the name', () => {
    expect(persons('Jubeir, Saudi Arabia’s foreign minister, said so.')).toEqual([{ name: 'Jubeir', affiliation: 'SAU', role: 'foreign minister' }]);
    expect(persons('Bassma Kodmani, a member of the Syrian opposition’s High Negotiations Committee (HNC), told reporters.')[0]?.affiliation).toBe('syrian-opposition');
  });
  it('takes the actor before the role, not the portfolio after "for"', () => {
    expect(persons('A Russian special envoy for Syria, Alexander Lavrentiev, arrived.')[0]?.affiliation).toBe('RUS');
  });
  it('takes the actor after "of" when none comes before the role', () => {
    expect(persons("He met Secretary of Iran's Supreme National Security Council Ali Shamkhani.")[0]?.affiliation).toBe('IRN');
  });
  it('reads a possessive before a name as the affiliation', () => {
    expect(persons("Turkey's Recep Tayyip Erdoğan spoke.")[0]).toMatchObject({ name: 'Recep Tayyip Erdoğan', affiliation: 'TUR' });
  });
  it('names an unknown employer as an organisation', () => {
    expect(persons('Graphcore chief executive Nigel Toon said so.')[0]).toMatchObject({ affiliation: 'Graphcore', role: 'chief executive' });
    expect(read('Graphcore chief executive Nigel Toon said so.').persons[0]?.organisation).toBe('Graphcore');
  });
  it('places a person under an employer the knowledge base knows, by its id', () => {
    expect(read('Siemens chief executive Roland Busch said so.').persons[0]).toMatchObject({ affiliation: 'co:siemens', role: 'chief executive' });
  });
  it('keeps a person with no stated affiliation unplaced', () => {
    expect(persons('Chef Jordan Walker says the secret is brine.')).toEqual([{ name: 'Jordan Walker', affiliation: undefined, role: undefined }]);
  });
  it('finds a person the knowledge base knows, named in full at the start of a sentence', () => {
    // A capital opening a sentence proves nothing by itself, but the knowledge base vouches for the whole name.
    expect(persons('Barack Obama said the bill would pass.').map((p) => p.name)).toEqual(['Barack Obama']);
    expect(persons('Xi Jinping said talks would continue.').map((p) => p.name)).toEqual(['Xi Jinping']);
  });
  it('reads "Lord Woolf" as a name, and "Mr Howard" as a surname still to resolve', () => {
    expect(read('Lord Woolf said the law was clear.').persons.map((p) => [p.name, p.full])).toEqual([['Lord Woolf', true]]);
    expect(read('Mr Howard said taxes would fall.').persons.map((p) => [p.name, p.full])).toEqual([['Howard', false]]);
  });
  it('never takes "Sir John" for a person: it refers back to one', () => {
    expect(persons('Sir John said the inquiry would report in May.')).toEqual([]);
  });
  it('reads a party tag after the name as the person’s party and state', () => {
    expect(read('Sen. Chuck Schumer, D-N.Y., said the vote would be close.').persons[0]).toMatchObject({ name: 'Chuck Schumer', affiliation: 'USA', party: 'party:usa-democratic' });
  });
  it('reads a place in a title as an office below the state: "New Jersey Governor Chris Christie"', () => {
    expect(persons('New Jersey Governor Chris Christie said so.')).toEqual([{ name: 'Chris Christie', affiliation: 'place:us-nj', role: 'governor' }]);
  });
  it('reads an organisation’s name that holds role words, before the title', () => {
    expect(persons('Association of Chief Police Officers president Ken Jones said so.').filter((p) => p.name === 'Ken Jones')).toEqual([
      { name: 'Ken Jones', affiliation: 'Association of Chief Police Officers', role: 'president' },
    ]);
  });
  it('reads a portfolio in a title ("head of policy") as part of the role', () => {
    expect(persons("Labour's head of policy Jon Cruddas said so.")).toEqual([{ name: 'Jon Cruddas', affiliation: 'party:gbr-labour', role: 'head of policy' }]);
  });
  it('keeps the employer out of the role in an apposition ("head of research at Capital Economics")', () => {
    expect(persons('Jane Roe, head of research at Capital Economics, said rates would rise.')).toEqual([{ name: 'Jane Roe', affiliation: 'Capital Economics', role: 'head of research' }]);
  });
  it('ignores capitalised words with no sign of a person', () => {
    expect(persons('The Black Sea Grain Initiative ended.')).toEqual([]);
  });
  it('reads an unknown name in the possessive right before a full name as the employer, but not a person’s or a day’s', () => {
    const org = (sentence: string) => read(sentence).persons.map((p) => [p.name, p.organisation]);
    expect(org('"There are no buyers," said ABN Amro\'s Paul Mackel.')).toEqual([['Paul Mackel', 'ABN Amro']]);
    expect(org("It was Obama's Jim Messina who called.")).toEqual([['Jim Messina', undefined]]);
    expect(org("Monday's John Smith spoke.")).toEqual([['John Smith', undefined]]);
  });
  it('gives each name listed after a plural title that title', () => {
    expect(persons('Railtrack managers Alistair Cook, Sean Fugill and Keith Lea all face charges.')).toEqual([
      { name: 'Alistair Cook', affiliation: 'Railtrack', role: 'manager' },
      { name: 'Sean Fugill', affiliation: 'Railtrack', role: 'manager' },
      { name: 'Keith Lea', affiliation: 'Railtrack', role: 'manager' },
    ]);
    expect(persons('Labour MPs John Smith and Jane Roe voted against.')).toEqual([
      { name: 'John Smith', affiliation: 'party:gbr-labour', role: 'mp' },
      { name: 'Jane Roe', affiliation: 'party:gbr-labour', role: 'mp' },
    ]);
    // A name that is no part of the list keeps what it has.
    expect(persons('Labour MPs John Smith and Jane Roe met Tom Brown.').at(-1)).toEqual({ name: 'Tom Brown', affiliation: undefined, role: undefined });
  });
  it('starts a name at its given name after everyday words that describe the person', () => {
    expect(persons('Fifteen-year-old Donald Young lost in straight sets.').map((p) => p.name)).toEqual(['Donald Young']);
    expect(persons('Teenager Donald Young lost.').map((p) => p.name)).toEqual(['Donald Young']);
    // A given name that is also an everyday word still opens the name.
    expect(persons('Grant Shapps said the party would win.').map((p) => p.name)).toEqual(['Grant Shapps']);
  });
  it('reads a title word right after a lone given name as the surname ("John Major", "Mervyn King")', () => {
    expect(persons('John Major said the party was united.').map((p) => p.name)).toEqual(['John Major']);
    expect(persons('Bank of England governor Mervyn King said rates would rise.')).toEqual([{ name: 'Mervyn King', affiliation: 'org:bank-of-england', role: 'governor' }]);
  });
  it('takes a name right after a work’s noun for its title, not a person', () => {
    expect(persons("Mike Leigh's film Vera Drake will lead British hopes.").map((p) => p.name)).toEqual(['Mike Leigh']);
    expect(persons('It will be the 21st James Bond film to hit the big screen.')).toEqual([]);
    expect(persons('He starred in his next major film, Donnie Brasco, as an undercover cop.')).toEqual([]);
  });
  it('takes one word after a company’s possessive for a product, two for a person', () => {
    expect(persons("Nokia's N-Gage could also be a competitor.")).toEqual([]);
    expect(persons("Britain's Tony Blair said it.").map((p) => p.name)).toEqual(['Tony Blair']);
  });
  it('reads an actor whose mention runs over the role ("a Republican spokesman"), and media titles ("Fox News host")', () => {
    expect(persons('Jon Thompson, a Republican spokesman, said the congressman had lost it.')[0]?.affiliation).toBe('party:usa-republican');
    expect(persons('Fox News host Glenn Beck blamed progressivism.')).toEqual([{ name: 'Glenn Beck', affiliation: 'org:fox-news', role: 'host' }]);
  });
  it('reads an apposition up to a dash or a participle after its role', () => {
    expect(persons('"We regret it," said Ivan Kulakov, deputy chairman of Highland Gold - a mining firm.')).toEqual([{ name: 'Ivan Kulakov', affiliation: 'Highland Gold', role: 'deputy chairman of Highland Gold' }]);
    expect(persons('"This is the day the world changes," said John Wilkin, a University of Michigan librarian working with Google.')).toEqual([
      { name: 'John Wilkin', affiliation: 'org:university-of-michigan', role: 'librarian' },
    ]);
  });
  it('makes no employer of a legislature’s committee a member sits on, and no person of a word running on from an actor’s name', () => {
    expect(persons('Bob Goodlatte, a senior member of the House Judiciary Committee, said it.')).toEqual([{ name: 'Bob Goodlatte', affiliation: undefined, role: 'senior member of the house Judiciary committee' }]);
    expect(persons('Republican spokesman Thompson said it.')).toEqual([{ name: 'Thompson', affiliation: 'party:usa-republican', role: 'spokesman' }]);
  });
});
