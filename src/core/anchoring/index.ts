/**
 * Anchoring: describe a selection as W3C selectors and find it again after the page
 * changed. Pure DOM code (no extension APIs): content scripts, extension pages, jsdom.
 *
 * - text-model, nfc-map, unicode-clusters: the root's text nodes and their NFC text,
 *   with an exact map to DOM points (points.ts), also for NFD pages.
 * - key: the matching key (no whitespace, lowercase, one tone placement) with a 1:1 map.
 * - describe: quote with 32 characters of context, and position, on the NFC text.
 * - anchor, anchor-all: position, then exact, then fuzzy quote, cheapest first, near
 *   the expected place before the whole text (search, key-search, context, score).
 */
export { anchor, anchorIn, type AnchorMatch, type AnchorMethod, type AnchorOptions } from './anchor';
export { anchorAll, anchorAllIn, type Anchored } from './anchor-all';
export { describe, describeIn, CONTEXT_LENGTH } from './describe';
export { isSkippedElement, UI_ATTRIBUTE } from './skip';
export { offsetsOf, rangeOf } from './points';
export { buildTextModel, type TextModel } from './text-model';
export type { Selectors, TextPositionSelector, TextQuoteSelector } from './types';
