/**
 * Highlight colours: the names stored with a highlight, and the CSS a mark is painted with.
 * The highlighter's own palette has no purple, so purple is given as a CSS colour here
 * (the highlighter accepts any CSS colour beside its names).
 */

/** The colours an analyst can give a highlight, in the order the UI offers them. */
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** A highlight colour name. */
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

// Translucent like the rest of the palette, so text stays readable on light and dark pages.
const PURPLE = 'rgba(160, 110, 255, 0.35)';

/** What to pass the highlighter for a stored colour. */
export function markColor(color: AnnotationColor): string {
  return color === 'purple' ? PURPLE : color;
}
