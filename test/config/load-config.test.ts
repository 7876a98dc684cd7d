import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../pipeline/config/load-config.js';
import { parseConfig } from '../../pipeline/config/parse-config.js';

describe('loadConfig', () => {
  it('finds no config and returns an empty one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'config-'));
    expect(await loadConfig(dir)).toEqual({ config: {} });
  });

  it('reads digest.config.yaml when present', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'config-'));
    await writeFile(path.join(dir, 'digest.config.yaml'), 'sources:\n  - notes/\n  - https://example.org/feed.xml\nfetch:\n  timeoutMs: 5000\n');
    const { config, file } = await loadConfig(dir);
    expect(file).toBe('digest.config.yaml');
    expect(config.sources).toEqual(['notes/', 'https://example.org/feed.xml']);
    expect(config.fetch?.timeoutMs).toBe(5000);
  });

  it('fails naming the file when an explicit config is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'config-'));
    await expect(loadConfig(dir, 'nope.json')).rejects.toThrow(/Cannot read config nope\.json/);
  });
});

describe('parseConfig', () => {
  it('names the file, the field and what was expected for a wrong type', () => {
    expect(() => parseConfig('{"fetch": {"timeoutMs": "fast"}}', 'digest.config.json')).toThrow(
      /Invalid config digest\.config\.json:\n {2}- field fetch\.timeoutMs: expected number, received string/,
    );
  });

  it('reports a misspelt field as unknown instead of ignoring it', () => {
    expect(() => parseConfig('{"sorces": ["a"]}', 'x.json')).toThrow(/unknown field "sorces"/);
    expect(() => parseConfig('dedupe:\n  similarty: 0.8\n', 'x.yaml')).toThrow(/unknown field "similarty" in dedupe/);
  });

  it('bounds the fetch budget and the feed cap to sane ranges', () => {
    expect(parseConfig('{"fetch": {"budgetMs": 120000}, "maxFeedItems": 2000}', 'c.json').fetch?.budgetMs).toBe(120000);
    for (const bad of ['{"fetch": {"budgetMs": 0}}', '{"fetch": {"budgetMs": 9007199254740991}}', '{"maxFeedItems": 0}', '{"maxFeedItems": 1e9}']) {
      expect(() => parseConfig(bad, 'c.json')).toThrow(/Invalid config c\.json/);
    }
  });

  it('rejects unparsable text with a ConfigError', () => {
    expect(() => parseConfig('{', 'x.json')).toThrow(ConfigError);
    expect(() => parseConfig('a: [', 'x.yml')).toThrow(/Cannot parse config x\.yml/);
  });

  it('accepts registry additions with a known kind only', () => {
    const ok = parseConfig('{"actors": {"registry": [{"id": "acme", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]}]}}', 'x.json');
    expect(ok.actors?.registry?.[0]?.name).toBe('Acme Corp');
    expect(() => parseConfig('{"actors": {"registry": [{"id": "x", "name": "X", "kind": "company"}]}}', 'x.json')).toThrow(/actors\.registry\.0\.kind/);
  });
});
