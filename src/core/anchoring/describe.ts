/**
 * Describing a selection as W3C selectors on the root's NFC text.
 */
import { offsetsOf } from './points';
import { buildTextModel, type TextModel } from './text-model';
import type { Selectors } from './types';

/** Characters of context kept on each side of the quote (the W3C examples and Hypothesis use 32). */
export const CONTEXT_LENGTH = 32;

const SPACE = /[\s\u00A0\u200B-\u200D\u2060\uFEFF]/;

/** Don't cut a surrogate pair in two at either end of a context slice. */
function safeStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}
function safeEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at < text.length && c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

/** Selectors for a range in a prepared text model; null when it holds no text but whitespace. */
export function describeIn(model: TextModel, range: Range): Selectors | null {
  const offsets = offsetsOf(model, range);
  if (!offsets) return null;
  const { text } = model;
  let [start, end] = offsets;
  // Leading and trailing whitespace of a selection is the most fragile part of a quote, and unwanted in a highlight.
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (start === end) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(safeStart(text, Math.max(0, start - CONTEXT_LENGTH)), start),
      suffix: text.slice(end, safeEnd(text, Math.min(text.length, end + CONTEXT_LENGTH))),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Selectors (quote with 32 characters of context, and position) for a range under `root`; null for an empty selection. */
export function describe(root: Node, range: Range): Selectors | null {
  return describeIn(buildTextModel(root), range);
}
