import { describe, expect, it } from 'vitest';
import { sniffKind } from '../../pipeline/ingest/sniff-kind.js';

describe('sniffKind', () => {
  it('trusts media types that name a page or a feed', () => {
    expect(sniffKind('text/html', '')).toBe('html');
    expect(sniffKind('application/atom+xml', '')).toBe('feed');
  });

  it('looks at the content when the type is vague', () => {
    expect(sniffKind('application/xml', '<?xml version="1.0"?>\n<rss version="2.0">')).toBe('feed');
    expect(sniffKind('text/plain', '\ufeff<!DOCTYPE html><html>')).toBe('html');
    expect(sniffKind('application/json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}')).toBe('feed');
    expect(sniffKind('text/plain', 'Just a text dump.')).toBe('text');
  });

  it('refuses other types', () => {
    expect(sniffKind('image/png', '')).toBeUndefined();
    expect(sniffKind('application/json', '{"a": 1}')).toBeUndefined();
  });
});
