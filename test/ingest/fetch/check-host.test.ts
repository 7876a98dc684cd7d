import { describe, expect, it } from 'vitest';
import { checkHost } from '../../../pipeline/ingest/fetch/check-host.js';

describe('checkHost', () => {
  it.each(['127.0.0.1', '10.1.2.3', '192.168.0.10', '172.20.0.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])('blocks the private or loopback address %s', async (host) => {
    expect(await checkHost(host, [])).toMatchObject({ ok: false, code: 'blocked', reason: expect.stringContaining('private or loopback') });
  });

  it('blocks a name that resolves to loopback', async () => {
    expect(await checkHost('localhost', [])).toMatchObject({ ok: false, code: 'blocked', reason: expect.stringContaining('localhost') });
  });

  it('allows what allowPrivate lists, by address or by name', async () => {
    expect(await checkHost('127.0.0.1', ['127.0.0.1'])).toEqual({ ok: true, addresses: [{ address: '127.0.0.1', family: 4 }], privateAddresses: [{ host: '127.0.0.1', address: '127.0.0.1' }] });
    expect(await checkHost('localhost', ['localhost'])).toMatchObject({ ok: true, privateAddresses: expect.arrayContaining([expect.objectContaining({ host: 'localhost' })]) });
  });

  it('lets public addresses through', async () => {
    expect(await checkHost('93.184.216.34', [])).toEqual({ ok: true, addresses: [{ address: '93.184.216.34', family: 4 }], privateAddresses: [] });
    expect(await checkHost('2606:4700::1111', [])).toMatchObject({ ok: true, privateAddresses: [] });
  });

  it('asks the resolver it is given, once, and blocks when any answer is private', async () => {
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      return [{ address: '93.184.216.34', family: 4 as const }, { address: '10.0.0.7', family: 4 as const }];
    };
    expect(await checkHost('News.Example', [], resolve)).toMatchObject({ ok: false, code: 'blocked', reason: expect.stringContaining('10.0.0.7') });
    expect(asked).toEqual(['news.example']);
  });

  it('says a host that resolves to nothing could not be resolved', async () => {
    const failing = async () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    expect(await checkHost('gone.example', [], failing)).toMatchObject({ ok: false, code: 'unreachable', reason: expect.stringContaining('ENOTFOUND') });
  });
});
