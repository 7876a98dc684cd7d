import { describe, expect, it } from 'vitest';
import { figuresOf } from './format-report.js';
import type { GoldArticle, GoldEvent } from './gold-types.js';
import { scoreRun, type RunArticle } from './score-run.js';

const LABOUR = { names: ['Labour Party', 'Labour'] };
const TORIES = { names: ['Conservative Party', 'Conservatives', 'Tories'] };
const GBR = { state: 'GBR' };

function gold(id: string, fields: Partial<GoldArticle>): GoldArticle {
  return { id, set: 'tune', source: 'bbc', persons: [], points: [], actors: [], sameEntity: [], notActors: [], mainEntities: [], ...fields };
}

function article(id: string, fields: Partial<GoldArticle>, body = 'Body text.', title = `Title of ${id}`): RunArticle {
  return { id, file: `${id}.txt`, title, body, gold: gold(id, fields) };
}

const budget = article('bbc-politics-901', {
  persons: [
    { name: 'Gordon Brown', names: ['Gordon Brown'], affiliations: [[GBR], [LABOUR]], acceptable: [] },
    { name: 'Michael Howard', names: ['Michael Howard'], affiliations: [[TORIES]], acceptable: [GBR] },
    { name: 'Anne Robinson', names: ['Anne Robinson'], affiliations: [], acceptable: [] },
  ],
  points: [
    { actor: [], person: 'Gordon Brown', keys: [['budget']] },
    { actor: [], person: 'Michael Howard', keys: [['vote now', 'pay later']] },
    { actor: [LABOUR], keys: [['manifesto']] },
  ],
  actors: [[GBR], [LABOUR], [TORIES]],
  sameEntity: [['Liberal Democrats', 'Lib Dems']],
  notActors: ['Jersey'],
});

/** A digest with one right placement, two wrong ones, a missing party, a split, a fragment and a pronoun point. */
const budgetDigest = {
  schemaVersion: 1,
  articles: [{ ref: 1, path: 'in/bbc-politics-901.txt', duplicates: [] }],
  actors: [
    {
      id: 'GBR',
      name: 'United Kingdom',
      kind: 'state',
      members: [{ id: 'gordon-brown', name: 'Gordon Brown' }],
      articleRefs: [1],
      points: [
        { text: 'Gordon Brown said the budget would help families.', refs: [1], speaker: 'Gordon Brown' },
        { text: 'He said it would work.', refs: [1] },
      ],
    },
    {
      id: 'tory',
      name: 'Tory',
      kind: 'organisation',
      members: [
        { id: 'michael-howard', name: 'Michael Howard' },
        { id: 'anne-robinson', name: 'Anne Robinson' },
      ],
      articleRefs: [1],
      points: [{ text: 'Michael Howard called it a vote now, pay later budget.', refs: [1], speaker: 'Michael Howard' }],
    },
    { id: 'lib-dems', name: 'Lib Dems', kind: 'organisation', members: [], articleRefs: [1], points: [] },
    { id: 'liberal-democrats', name: 'Liberal Democrats', kind: 'organisation', members: [], articleRefs: [1], points: [] },
    { id: 'jersey', name: 'Jersey', kind: 'organisation', members: [], articleRefs: [1], points: [] },
  ],
  mentioned: [{ id: 'labour-party', name: 'Labour Party', kind: 'organisation' }],
  interactions: [],
};

const score = scoreRun({ articles: [budget], events: [], forbidden: ['Minority Leader'], judgements: [], digest: budgetDigest });

describe('scoreRun', () => {
  it('counts a placement as right only under an accepted state or name', () => {
    expect([score.affiliationRecall.hit, score.affiliationRecall.total]).toEqual([1, 3]);
    expect([score.affiliationPrecision.hit, score.affiliationPrecision.total]).toEqual([1, 3]);
    expect(score.affiliationPrecision.mistakes).toEqual([
      'Michael Howard placed under Tory (tory); accepted: Conservative Party or GBR',
      'Anne Robinson placed under Tory (tory); accepted: none',
    ]);
    expect(score.affiliationRecall.mistakes[0]).toBe('Gordon Brown not placed under Labour Party (placed under: United Kingdom)');
  });

  it('finds a key point only under the right actor and for the right article', () => {
    expect([score.keyPoints.hit, score.keyPoints.total]).toEqual([1, 3]);
    expect(score.keyPoints.mistakes).toEqual([
      'bbc-politics-901: [vote now|pay later] for Michael Howard found under Tory',
      'bbc-politics-901: [manifesto] for Labour Party not found as a point',
    ]);
  });

  it('fails a point that opens with a pronoun no named speaker resolves', () => {
    expect([score.pointsAlone.hit, score.pointsAlone.total]).toEqual([2, 3]);
    expect(score.pointsAlone.mistakes).toEqual(['United Kingdom: "He said it would work." (opens with "he" and no named speaker)']);
  });

  it('counts required actors, fragments and split entities', () => {
    expect([score.requiredActors.hit, score.requiredActors.total]).toEqual([2, 3]);
    expect(score.requiredActors.mistakes).toEqual(['bbc-politics-901: Conservative Party absent']);
    expect(score.forbiddenActors.hit).toBe(1);
    expect(score.forbiddenActors.mistakes).toEqual(['"Jersey" (organisation) must not be an actor of bbc-politics-901']);
    expect(score.splitEntities.hit).toBe(1);
    expect(score.splitEntities.mistakes).toEqual(['one entity, several actors or persons: Lib Dems / Liberal Democrats']);
  });

  it('reports each figure against its bar', () => {
    const figures = new Map(figuresOf(score).map((figure) => [figure.key, figure]));
    expect(figures.get('affiliationPrecision')).toMatchObject({ value: 1 / 3, bar: '>= 0.95', ok: false });
    expect(figures.get('forbiddenActors')).toMatchObject({ value: 1, bar: '= 0', ok: false });
    expect(figures.get('mainEntities')).toMatchObject({ value: null, ok: null });
  });

  it('passes a digest that gets everything right', () => {
    const right = {
      articles: budgetDigest.articles,
      actors: [
        {
          id: 'GBR',
          name: 'United Kingdom',
          kind: 'state',
          members: [{ id: 'gordon-brown', name: 'Gordon Brown' }],
          articleRefs: [1],
          points: [{ text: 'Gordon Brown said the budget would help families.', refs: [1], speaker: 'Gordon Brown' }],
        },
        {
          id: 'labour',
          name: 'Labour Party',
          kind: 'organisation',
          members: [{ id: 'gordon-brown', name: 'Gordon Brown' }],
          articleRefs: [1],
          points: [{ text: 'Labour will publish its manifesto next week.', refs: [1] }],
        },
        {
          id: 'conservatives',
          name: 'Conservative Party',
          kind: 'organisation',
          members: [{ id: 'michael-howard', name: 'Michael Howard' }],
          articleRefs: [1],
          points: [{ text: 'Michael Howard called it a vote now, pay later budget.', refs: [1], speaker: 'Michael Howard' }],
        },
        { id: 'anne-robinson', name: 'Anne Robinson', kind: 'person', members: [], articleRefs: [1], points: [] },
      ],
    };
    const perfect = scoreRun({ articles: [budget], events: [], forbidden: [], judgements: [], digest: right });
    for (const figure of figuresOf(perfect)) expect(figure.ok, figure.label).not.toBe(false);
    expect([perfect.affiliationRecall.hit, perfect.affiliationRecall.total]).toEqual([3, 3]);
    expect([perfect.keyPoints.hit, perfect.keyPoints.total]).toEqual([3, 3]);
  });

  it('accepts a point under the person itself when the gold places that person nowhere', () => {
    const presenter = article('bbc-politics-903', {
      persons: [
        { name: 'Lorraine Kelly', names: ['Lorraine Kelly'], affiliations: [], acceptable: [{ names: ['ITV'] }] },
        { name: 'Gordon Brown', names: ['Gordon Brown'], affiliations: [[GBR]], acceptable: [] },
      ],
      points: [
        { actor: [], person: 'Lorraine Kelly', keys: [['trust him']] },
        { actor: [], person: 'Gordon Brown', keys: [['budget']] },
      ],
    });
    const digest = {
      articles: [{ ref: 1, path: 'bbc-politics-903.txt' }],
      actors: [
        { id: 'lorraine-kelly', name: 'Lorraine Kelly', kind: 'person', members: [], articleRefs: [1], points: [{ text: 'Lorraine Kelly said she would not trust him.', refs: [1] }] },
        { id: 'gordon-brown', name: 'Gordon Brown', kind: 'person', members: [], articleRefs: [1], points: [{ text: 'Gordon Brown presented the budget.', refs: [1] }] },
      ],
    };
    const scored = scoreRun({ articles: [presenter], events: [], forbidden: [], judgements: [], digest });
    expect(scored.keyPoints.mistakes).toEqual(['bbc-politics-903: [budget] for Gordon Brown found under Gordon Brown']);
  });

  it('counts a split once, whether caught by a gold group or by folded names', () => {
    const digest = {
      articles: [{ ref: 1, path: 'bbc-politics-904.txt' }],
      actors: [
        { id: 'naacp', name: 'NAACP', kind: 'organisation', members: [{ name: 'Mitt Romney' }], articleRefs: [1], points: [] },
        { id: 'n-a-a-c-p', name: 'N.A.A.C.P.', kind: 'organisation', members: [], articleRefs: [1], points: [] },
        { id: 'mitt-romney', name: 'Mitt Romney', kind: 'organisation', members: [], articleRefs: [1], points: [] },
      ],
    };
    const gold904 = article('bbc-politics-904', {
      persons: [{ name: 'Mitt Romney', names: ['Mitt Romney', 'Mitt'], affiliations: [], acceptable: [] }],
      sameEntity: [['NAACP', 'N.A.A.C.P.']],
    });
    const scored = scoreRun({ articles: [gold904], events: [], forbidden: [], judgements: [], digest });
    expect(scored.splitEntities.mistakes).toEqual(['actors whose names fold to one: NAACP (naacp) / N.A.A.C.P. (n-a-a-c-p)']);
    expect(scored.forbiddenActors.mistakes).toEqual(['"Mitt Romney" is a person of bbc-politics-904 filed as organisation']);
  });

  it('scores story grouping pairwise, with 0 when the digest has no stories', () => {
    const ids = ['basil-2010-aaaaaaaa-1', 'basil-2010-aaaaaaaa-2', 'basil-2010-bbbbbbbb-1', 'basil-2010-bbbbbbbb-2'];
    const articles = ids.map((id) => ({ ...article(id, { source: 'basil' }), file: `${id}.md` }));
    const events: GoldEvent[] = [
      { id: 'basil-event-2010-aaaaaaaa', triplet: 'a', event: 'one', articles: ids.slice(0, 2) },
      { id: 'basil-event-2010-bbbbbbbb', triplet: 'b', event: 'two', articles: ids.slice(2) },
    ];
    const digestArticles = ids.map((id, index) => ({ ref: index + 1, path: `${id}.md` }));
    const grouped = scoreRun({
      articles,
      events,
      forbidden: [],
      judgements: [],
      digest: { articles: digestArticles, actors: [], stories: [{ id: 's1', articleRefs: [1, 2, 3] }, { id: 's2', articleRefs: [4] }] },
    });
    expect([grouped.groupingPrecision.hit, grouped.groupingPrecision.total]).toEqual([1, 3]);
    expect([grouped.groupingRecall.hit, grouped.groupingRecall.total]).toEqual([1, 2]);
    expect(grouped.mergedStories.hit).toBe(1);
    const none = scoreRun({ articles, events, forbidden: [], judgements: [], digest: { articles: digestArticles, actors: [] } });
    const figures = new Map(figuresOf(none).map((figure) => [figure.key, figure]));
    expect(figures.get('groupingPrecision')).toMatchObject({ value: 0, ok: false });
    expect(figures.get('groupingRecall')).toMatchObject({ value: 0, ok: false });
  });

  it('counts an article folded into another as present under the other ref', () => {
    const folded = scoreRun({
      articles: [budget, article('bbc-politics-902', { actors: [[GBR]] })],
      events: [],
      forbidden: [],
      judgements: [],
      digest: { ...budgetDigest, articles: [{ ref: 1, path: 'bbc-politics-901.txt', duplicates: [{ path: 'bbc-politics-902.txt' }] }] },
    });
    expect(folded.missingArticles.hit).toBe(0);
    expect(folded.requiredActors.mistakes).toEqual(['bbc-politics-901: Conservative Party absent']);
  });

  it('finds a main entity as a member and checks it against the data set', () => {
    const basil = {
      ...article('basil-2010-cccccccc-1', {
        source: 'basil',
        mainEntities: [
          { name: 'Gordon Brown', match: [{ names: ['Gordon Brown'] }] },
          { name: 'Tea Party', match: [{ names: ['Tea Party'] }] },
        ],
      }),
      file: 'basil-2010-cccccccc-1.md',
      mainEntities: ['Tea Party', 'Gordon Brown'],
    };
    const digest = { articles: [{ ref: 1, path: 'basil-2010-cccccccc-1.md' }], actors: budgetDigest.actors };
    const found = scoreRun({ articles: [basil], events: [], forbidden: [], judgements: [], digest });
    expect([found.mainEntities.hit, found.mainEntities.total]).toEqual([1, 2]);
    expect(() => scoreRun({ articles: [{ ...basil, mainEntities: ['Someone Else'] }], events: [], forbidden: [], judgements: [], digest })).toThrow(/differ from the data set/);
  });

  it('refuses what is not a digest', () => {
    expect(() => scoreRun({ articles: [budget], events: [], forbidden: [], judgements: [], digest: { actors: 'none' } })).toThrow(/expected a digest JSON/);
  });
});
