/**
 * How much a clip may hold, shared by the content script (which refuses before sending) and
 * the background (which checks again on arrival). Kept apart from the schemas so that the
 * content script does not bundle valibot.
 */

/** Characters of article text a clip may hold: a 5 MB page's article fits with room to spare. */
export const MAX_TEXT = 8_000_000;
/** Characters of article HTML a clip may hold. */
export const MAX_HTML = 16_000_000;
/**
 * Characters of text a page may have for Dossier to look for its article at all. Twice what an
 * article may hold: past that, extraction takes longer than the background waits (a page of
 * 34 million characters took more than 30 s), and an article small enough to keep would be
 * under half its page, which no page clipped so far comes near.
 */
export const MAX_PAGE_TEXT = 2 * MAX_TEXT;
