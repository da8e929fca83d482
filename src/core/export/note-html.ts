/**
 * An analyst's Markdown note as HTML for the report. Marked renders it with raw HTML shown
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

/** Sanitized HTML for a Markdown note; an empty string for an empty note. */
export function noteHtml(window: SanitizeWindow, markdown: string): string {
  if (!markdown.trim()) return '';
  return sanitizeHtml(window, marked.parse(markdown) as string);
}
