/**
 * Size caps of highlight fields, apart from their valibot schemas so that the popup can
 * use them (as input maxLength) without bundling valibot.
 */

/** Longest quote a highlight may hold, in characters. */
export const MAX_QUOTE = 10_000;
/** Longest note, in characters. */
export const MAX_NOTE = 20_000;
/** Longest tag, in characters. */
export const MAX_TAG = 100;
/** Most tags on one highlight. */
export const MAX_TAGS = 50;
