import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, usualBrowserPaths } from './find-browser.js';

describe('findBrowser', () => {
  it('takes CHROME_PATH first, and says so when it names nothing', async () => {
    const browser = path.join(await mkdtemp(path.join(tmpdir(), 'browser-')), 'chrome');
    await writeFile(browser, '');
    expect(findBrowser({ CHROME_PATH: browser }, [])).toEqual({ path: browser });
    expect(findBrowser({ CHROME_PATH: `${browser}-gone` }, [browser])).toEqual({ missing: `CHROME_PATH is ${browser}-gone, which does not exist` });
  });

  it('falls back to the first usual path that exists, and names where it looked when none does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'browser-'));
    await writeFile(path.join(dir, 'chromium'), '');
    expect(findBrowser({}, [path.join(dir, 'chrome'), path.join(dir, 'chromium')])).toEqual({ path: path.join(dir, 'chromium') });
    const none = findBrowser({}, [path.join(dir, 'chrome')]);
    expect(none).toEqual({ missing: expect.stringContaining(`looked in ${path.join(dir, 'chrome')}); set CHROME_PATH`) });
  });

  it('knows the usual install paths of Linux, macOS and Windows', () => {
    expect(usualBrowserPaths('linux', {})).toContain('/usr/bin/chromium');
    expect(usualBrowserPaths('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(usualBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});
