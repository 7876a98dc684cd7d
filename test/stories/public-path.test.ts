import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicPath } from '../../pipeline/stories/public-path.js';

const CWD = path.resolve('/home/someone/briefings');

describe('publicPath', () => {
  it('shows an absolute path inside the run folder relative to it, with forward slashes', () => {
    expect(publicPath(path.join(CWD, 'in', 'sub', '004_wire.txt'), CWD)).toBe('in/sub/004_wire.txt');
  });

  it('shows an absolute path outside the run folder by its file name alone', () => {
    expect(publicPath(path.resolve('/tmp/xyz/in/004_wire.txt'), CWD)).toBe('004_wire.txt');
    expect(publicPath('../elsewhere/005.md', CWD)).toBe('005.md');
  });

  it('keeps a relative path inside the folder, normalised, and a URL as it is', () => {
    expect(publicPath('seeds/./000.txt', CWD)).toBe('seeds/000.txt');
    expect(publicPath('https://example.org/feed.xml#3', CWD)).toBe('https://example.org/feed.xml#3');
  });
});
