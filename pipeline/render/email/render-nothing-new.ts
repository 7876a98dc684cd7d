import type { NothingNew, RenderedNote } from '../../types.js';
import { escapeHtml } from './escape-html.js';

/**
 * The short note sent instead of a digest on a day with nothing new, when
 * `email.sendEmpty` asks for one: one sentence, and a link to the latest
 * briefing when its address is known. Plain HTML, no MJML: there is no
 * layout to speak of, and a quiet day should not pay for loading mjml.
 */
export function renderNothingNew(note: NothingNew): RenderedNote {
  const headline = note.since === undefined ? 'nothing new' : `nothing new since ${note.since}`;
  const sentence = note.since === undefined ? `Nothing new to brief on ${note.date}.` : `Nothing new to brief on ${note.date} since the briefing of ${note.since}.`;
  const link = note.briefingUrl === undefined ? '' : `\n\nLatest briefing: ${note.briefingUrl}\n`;
  const htmlLink =
    note.briefingUrl === undefined || !/^https?:\/\//u.test(note.briefingUrl)
      ? ''
      : `<p><a href="${escapeHtml(note.briefingUrl)}">Latest briefing</a></p>`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefing ${escapeHtml(note.date)}</title></head>` +
    `<body><p>${escapeHtml(sentence)}</p>${htmlLink}</body></html>\n`;
  return { html, text: `${sentence}${link === '' ? '\n' : link}`, headline };
}
