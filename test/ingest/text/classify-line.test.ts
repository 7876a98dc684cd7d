import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../pipeline/ingest/text/classify-line.js';

describe('classifyLine', () => {
  it.each([
    ['', 'blank'],
    ['0', 'counter'],
    ['1.2K shares', 'counter'],
    ['Media ID: 55359139', 'counter'],
    ['Financialtribune.com', 'domain'],
    ['www.example.co.uk', 'domain'],
    ['Sunday, 21 April 2019', 'date'],
    ['Published: Nov. 26, 2017', 'date'],
    ['Related News', 'heading'],
    ['- Most read', 'heading'],
    ['Read more: Why the night economy is reshaping our city', 'prompt'],
    ['Add new comment', 'prompt'],
    ['Share', 'prompt'],
    ['© 2024 Example Media. All rights reserved.', 'copyright'],
    ['We use cookies to improve your experience. By continuing you agree.', 'cookie'],
    ['Rooftops in the old town (Photo: Jane Roe/Agency)', 'credit'],
    ['Main » World » Headline here', 'breadcrumb'],
    ['Iran Steps Up Efforts to Defuse Syria Conflict', 'short'],
    ['The council voted on Thursday to add three late-night bus routes.', 'prose'],
  ])('classifies %j as %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  it('keeps sentences that merely start like a prompt as prose', () => {
    expect(classifyLine('Home Secretary Priti Patel said the plan would go ahead next year.').kind).toBe('prose');
    expect(classifyLine('Shares of the carmaker fell by nine percent in early trading on Monday.').kind).toBe('prose');
  });

  it('treats a very long line as prose without scanning it word by word', () => {
    expect(classifyLine('word '.repeat(100_000).trim()).kind).toBe('prose');
  });
});
