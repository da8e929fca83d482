/** A highlight's colour, note and tags while the analyst edits them (tags as typed, comma-separated). */
import type { AnnotationColor } from '../../../src/core/annotations/colors';
import type { AnnotationRecord } from '../../../src/db/types';

/** The editable fields of a highlight, as the form holds them. */
export type Draft = { color: AnnotationColor; note: string; tagText: string };

/** The fields a highlight is saved with. */
export type HighlightFields = { color: AnnotationColor; note: string; tags: string[] };

/** A blank draft. */
export const emptyDraft = (color: AnnotationColor = 'yellow'): Draft => ({ color, note: '', tagText: '' });

/** A draft holding a stored highlight's fields. */
export const draftOf = (h: AnnotationRecord): Draft => ({ color: h.color, note: h.note, tagText: h.tags.join(', ') });

/** The fields to save (the data layer trims, NFC-normalizes and de-duplicates tags again). */
export const fieldsOf = (d: Draft): HighlightFields => ({
  color: d.color,
  note: d.note,
  tags: d.tagText.split(',').map((s) => s.trim()).filter(Boolean),
});
