import { describe, expect, it } from 'vitest';
import { hideLocalPaths } from '../../pipeline/safety/hide-local-paths.js';

const places = { cwd: '/home/ann/news', home: '/home/ann' };

describe('hideLocalPaths', () => {
  it('shows files under the working folder by their relative path, and the folder itself as .', () => {
    expect(hideLocalPaths("EEXIST: file already exists, mkdir '/home/ann/news/out'", places)).toBe("EEXIST: file already exists, mkdir 'out'");
    expect(hideLocalPaths('Existing files under /home/ann/news were left', places)).toBe('Existing files under . were left');
  });

  it('shows the rest of the home folder under ~, whatever the order of the roots', () => {
    expect(hideLocalPaths('cannot read /home/ann/.ssh/id_rsa', places)).toBe('cannot read ~/.ssh/id_rsa');
    expect(hideLocalPaths('cannot read /home/ann/.ssh/id_rsa', { cwd: '/srv/run', home: '/home/ann' })).toBe('cannot read ~/.ssh/id_rsa');
  });

  it('leaves a longer name that only starts like a root, and other absolute paths, alone', () => {
    expect(hideLocalPaths('/home/anna/x and /home/ann/news2', places)).toBe('/home/anna/x and ~/news2');
    expect(hideLocalPaths('/etc/passwd', places)).toBe('/etc/passwd');
  });

  it('never rewrites every path when the working folder is the filesystem root', () => {
    expect(hideLocalPaths('/etc/passwd', { cwd: '/' })).toBe('/etc/passwd');
  });
});
