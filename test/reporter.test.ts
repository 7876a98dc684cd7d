import { describe, expect, it } from 'vitest';
import { createReporter } from '../pipeline/reporter.js';

describe('createReporter', () => {
  it('shows no credentials or secret query values in any line it writes', () => {
    const lines: string[] = [];
    const reporter = createReporter({ quiet: false, tty: false, color: false, write: (text) => lines.push(text) });
    reporter.warn('rejected http://reader:hunter2@feeds.example/news.xml?api_key=K3Y: Could not fetch http://reader:hunter2@feeds.example/news.xml?api_key=K3Y.');
    reporter.info('Digest from https://feeds.example/x?token=T0K3N');
    reporter.stage('ingest').done('1 inputs (smtps://mailer:pw@mail.example)');
    const written = lines.join('');
    expect(written).toContain('http://REDACTED@feeds.example/news.xml?api_key=REDACTED');
    for (const secret of ['hunter2', 'K3Y', 'T0K3N', 'mailer:pw']) expect(written).not.toContain(secret);
  });
});
