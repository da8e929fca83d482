/**
 * An analyst's Markdown notes as HTML for the report. Marked renders them with raw HTML shown
 * as text and images reduced to their alt text (a report makes no requests), then DOMPurify
 * sanitizes the result anyway (javascript: links, anything marked lets through).
 */
import { Marked } from 'marked';
import { sanitizeHtml } from '../sanitize';
import { escapeHtml } from './html-escape';
import type { SanitizeWindow } from './types';

const marked = new Marked({
  async: false,
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

// Marked never writes <section> and shows raw HTML as text, so this can only be ours.
const SEPARATOR = '<section></section>';
// One DOMPurify pass per batch: in jsdom each call costs about 2 ms whatever its size.
const BATCH = 500;

/** Rendered but not yet sanitized HTML for a Markdown note ('' for an empty note): pass it through `sanitizeNotes`. */
export function renderNote(markdown: string): string {
  return markdown.trim() ? (marked.parse(markdown) as string) : '';
}

/** Sanitize rendered notes, many per DOMPurify call; falls back to one call per note if a batch does not split back cleanly. */
export function sanitizeNotes(window: SanitizeWindow, rendered: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rendered.length; i += BATCH) {
    const batch = rendered.slice(i, i + BATCH);
    const parts = sanitizeHtml(window, batch.join(SEPARATOR)).split(SEPARATOR);
    out.push(...(parts.length === batch.length ? parts : batch.map((html) => sanitizeHtml(window, html))));
  }
  return out;
}

/** Sanitized HTML for one Markdown note. */
export function noteHtml(window: SanitizeWindow, markdown: string): string {
  const html = renderNote(markdown);
  return html && sanitizeHtml(window, html);
}
