/**
 * The highlight element: `<dossier-mark>`, styled inline with `!important`.
 *
 * An unknown custom element name matches no page selector like `span` or `mark`;
 * inline `!important` declarations outrank every author rule (layered or not), so
 * page CSS can neither hide nor restyle it; set through CSSOM, they are allowed by
 * strict style-src CSPs that block style attributes. `all: unset` leaves an inline box
 * with the surrounding font and colour and no margin, padding or border: no layout
 * change beyond the background. No class or id is used, and page elements are not touched.
 */

/** Tag name of highlight elements. */
export const MARK_TAG = 'dossier-mark';
/** Attribute holding the highlight id (namespaced: pages query plain `data-id`). */
export const ID_ATTRIBUTE = 'data-dossier-id';

/** Named highlight colours: translucent, so text stays readable on light and dark pages. */
export const HIGHLIGHT_COLORS = {
  yellow: 'rgba(255, 212, 0, 0.45)',
  green: 'rgba(70, 200, 90, 0.4)',
  blue: 'rgba(70, 150, 255, 0.35)',
  pink: 'rgba(255, 100, 170, 0.35)',
  orange: 'rgba(255, 150, 0, 0.4)',
} as const;

/** A colour name from the palette, or any CSS colour. */
export type HighlightColor = keyof typeof HIGHLIGHT_COLORS | (string & {});

/** Resolve a palette name to its CSS colour. */
function cssColor(color: HighlightColor): string {
  return (HIGHLIGHT_COLORS as Record<string, string>)[color] ?? color;
}

const RESET: [string, string][] = [
  ['all', 'unset'],
  ['display', 'inline'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['color', 'inherit'],
  ['font', 'inherit'],
];

/** Set (or change) a mark's colour. Invalid CSS colours are ignored by CSSOM, never injected. */
export function paintMark(mark: HTMLElement, color: HighlightColor): void {
  mark.style.setProperty('background-color', cssColor(color), 'important');
  mark.style.setProperty('box-decoration-break', 'clone', 'important');
}

/** Create a mark element for highlight `id`. */
export function createMark(doc: Document, id: string, color: HighlightColor): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(ID_ATTRIBUTE, id);
  for (const [property, value] of RESET) mark.style.setProperty(property, value, 'important');
  paintMark(mark, color);
  return mark;
}
