/**
 * Anchoring: describe a selection as W3C selectors and find it again after the page changed.
 * Pure DOM code (no extension APIs): runs in content scripts, extension pages and jsdom.
 */
export { anchor, anchorIn, type AnchorMatch, type AnchorMethod, type AnchorOptions } from './anchor';
export { anchorAll, anchorAllIn, type Anchored } from './anchor-all';
export { describe, describeIn, CONTEXT_LENGTH } from './describe';
export { isSkippedElement, UI_ATTRIBUTE } from './skip';
export { offsetsOf, rangeOf } from './points';
export { buildTextModel, type TextModel } from './text-model';
export type { Selectors, TextPositionSelector, TextQuoteSelector } from './types';
