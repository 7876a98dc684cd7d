import { describe, expect, it } from 'vitest';
import { outletName } from '../../pipeline/stories/outlet-name.js';

describe('outletName', () => {
  it('is the source as given, else the URL host without www, else nothing', () => {
    expect(outletName({ source: ' Fox\r\nNews ', url: 'https://www.foxnews.com/a' })).toBe('Fox News');
    expect(outletName({ url: 'https://www.nytimes.com/2010/07/03/us/politics/03steele.html' })).toBe('nytimes.com');
    expect(outletName({ url: 'not a url' })).toBeUndefined();
    expect(outletName({})).toBeUndefined();
  });
});
