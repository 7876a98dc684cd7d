import { describe, expect, it } from 'vitest';
import { checkHost } from '../../../pipeline/ingest/fetch/check-host.js';

describe('checkHost', () => {
  it.each(['127.0.0.1', '10.1.2.3', '192.168.0.10', '172.20.0.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])('blocks the private or loopback address %s', async (host) => {
    expect(await checkHost(host, [])).toMatchObject({ blocked: expect.stringContaining('private or loopback') });
  });

  it('blocks a name that resolves to loopback', async () => {
    expect(await checkHost('localhost', [])).toMatchObject({ blocked: expect.stringContaining('localhost') });
  });

  it('allows what allowPrivate lists, by address or by name', async () => {
    expect(await checkHost('127.0.0.1', ['127.0.0.1'])).toBeUndefined();
    expect(await checkHost('localhost', ['localhost'])).toBeUndefined();
  });

  it('lets public addresses through', async () => {
    expect(await checkHost('93.184.216.34', [])).toBeUndefined();
    expect(await checkHost('2606:4700::1111', [])).toBeUndefined();
  });
});
