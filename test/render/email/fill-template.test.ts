import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../pipeline/render/email/fill-template.js';
import { markup } from '../../../pipeline/render/email/markup.js';

describe('fillTemplate', () => {
  it('escapes text in content and in attributes', () => {
    const filled = fillTemplate('t', '<a href="{{url}}">{{label}}</a>', { url: 'x" onclick="y', label: "<b>&'" });
    expect(filled.markup).toBe('<a href="x&quot; onclick=&quot;y">&lt;b&gt;&amp;&#39;</a>');
  });

  it('inserts markup built from templates as is', () => {
    expect(fillTemplate('t', '<p>{{body}}</p>', { body: markup('<em>x</em>') }).markup).toBe('<p><em>x</em></p>');
  });

  it('reads slots once, so a value that looks like a slot stays text', () => {
    expect(fillTemplate('t', '{{a}} {{b}}', { a: '{{b}}', b: 'B' }).markup).toBe('{{b}} B');
  });

  it('throws, naming the template, when a slot has no value or a value no slot', () => {
    expect(() => fillTemplate('layout', '{{a}}', {})).toThrow(/Cannot fill template layout: got no value for \{\{a\}\}/);
    expect(() => fillTemplate('layout', '{{a}}', { a: '', b: '' })).toThrow(/got a value for b/);
  });
});
