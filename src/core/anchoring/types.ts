/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
 * computed on the NFC-normalized text content of the annotated root.
 */

/** The quoted text with up to 32 characters of context on each side. */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  /** The highlighted text, NFC. */
  exact: string;
  /** Up to 32 characters before it, NFC. */
  prefix: string;
  /** Up to 32 characters after it, NFC. */
  suffix: string;
};

/** Character offsets of the quote in the root's NFC text content. */
export type TextPositionSelector = {
  type: 'TextPositionSelector';
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
};

/** The selectors stored with every highlight. */
export type Selectors = {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
};
