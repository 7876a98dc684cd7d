import { describe, expect, it } from 'vitest';
import { balanceQuotes } from '../../../pipeline/actors/brief/balance-quotes.js';
import { trimPoint } from '../../../pipeline/actors/brief/trim-point.js';

describe('trimPoint', () => {
  it('trims a dateline and a connector, and raises the first letter', () => {
    expect(trimPoint('LONDON (Reuters) - But the Treasury said growth would slow.')).toBe('The Treasury said growth would slow.');
  });
  it('makes no point of a sentence that points back, has no sentence end, or says nothing was done', () => {
    expect(trimPoint('It said growth would slow.')).toBeUndefined();
    expect(trimPoint('DNC spokesman Brad Woodhouse addressed the video in a statement Monday:')).toBeUndefined();
    expect(trimPoint('Glenn Beck CPAC 2010 Speech VIDEO')).toBeUndefined();
    expect(trimPoint('The ministry declined to comment.')).toBeUndefined();
    expect(trimPoint('on the contrary Mr Blair wins because he has announced it.')).toBeUndefined();
  });
  it('keeps a sentence that ends inside quotation marks or brackets', () => {
    expect(trimPoint('He called the plan “a disgrace.”')).toBe('He called the plan “a disgrace.”');
    expect(trimPoint('The vote passed (by 12 votes.)')).toBe('The vote passed (by 12 votes.)');
  });
});

describe('balanceQuotes', () => {
  it('adds the mark a sentence cut from a longer quotation lacks', () => {
    expect(balanceQuotes('“We will not waver.', false)).toBe('“We will not waver.”');
    expect(balanceQuotes('I had my chances,” he said.', false)).toBe('“I had my chances,” he said.');
    expect(balanceQuotes('"It was fun.', false)).toBe('"It was fun."');
    expect(balanceQuotes('I had my chances," he said.', false)).toBe('"I had my chances," he said.');
  });
  it('puts a sentence wholly inside a quotation in marks, and leaves a paired one alone', () => {
    expect(balanceQuotes('The country needs a strong economy.', true)).toBe('“The country needs a strong economy.”');
    expect(balanceQuotes('He called it “a disgrace”.', false)).toBe('He called it “a disgrace”.');
  });
  it('drops a mark standing apart at an end, which belongs to the next sentence', () => {
    expect(balanceQuotes('They will be hard-pressed to cope. "', false)).toBe('They will be hard-pressed to cope.');
  });
});
