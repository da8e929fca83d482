/**
 * Shapes of highlight data crossing a message boundary, checked on arrival. The caps
 * keep a hostile page (or a runaway selection) from filling the database: a quote is
 * a passage, not a page; a note is a few paragraphs; tags are words.
 */
import * as v from 'valibot';
import { ANNOTATION_COLORS } from '../../core/annotations/colors';
import { MAX_NOTE, MAX_QUOTE, MAX_TAG, MAX_TAGS } from '../../core/annotations/limits';
import { CONTEXT_LENGTH } from '../../core/anchoring/describe';

export { MAX_NOTE, MAX_QUOTE, MAX_TAG, MAX_TAGS };

// Context is 32 UTF-16 units, one more when describe kept a surrogate pair whole.
const context = v.pipe(v.string(), v.maxLength(CONTEXT_LENGTH + 1));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000_000));

/** A W3C TextQuoteSelector and TextPositionSelector, as `describe` makes them. */
export const SelectorsSchema = v.strictObject({
  quote: v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
    prefix: context,
    suffix: context,
  }),
  position: v.pipe(
    v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((p) => p.end > p.start, 'end must come after start'),
  ),
});

export const ColorSchema = v.picklist(ANNOTATION_COLORS);
export const NoteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE));
export const TagsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG))), v.maxLength(MAX_TAGS));

/** What a content script answers to `describeSelection`. */
export const DescribedSchema = v.nullable(SelectorsSchema);

/** What a content script answers to `paintHighlights`: the ids it could not place. */
export const PaintReplySchema = v.strictObject({ orphans: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(10_000)) });
