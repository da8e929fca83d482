/** Calls about highlights and notes: made from the popup, answered by the background and the page's annotate script. */
import * as v from 'valibot';
import type { AnnotationColor } from '../../core/annotations/colors';
import type { Selectors } from '../../core/anchoring/types';
import type { AnnotationRecord, ArticleRecord } from '../../db/types';
import type { ErrorCode } from '../result';
import { RecordId, TabId } from '../schemas';
import type { CallSpecs } from '../spec';
import type { EntitySummary } from './entities';
import { ColorSchema, NoteSchema, TagsSchema } from './highlight-schemas';

/** A tab's highlights as the popup shows them. */
export type HighlightView = {
  /** The clipped article of the tab's page, or null when it is not clipped. */
  article: ArticleRecord | null;
  /** Its live highlights, in page order. */
  highlights: AnnotationRecord[];
  /** Highlights that could not be placed on the page as it is now. */
  orphanIds: string[];
  /** Null when the highlights were drawn on the page; else why not (orphans are then unknown). */
  paintError: ErrorCode | null;
  /** Whether highlights are restored on this site as its pages load. */
  autoRestore: boolean;
  /** The highlight this call created or moved, if any. */
  changedId: string | null;
  /** The entities the highlights are tagged with (names for their chips). */
  entities: EntitySummary[];
};

/** What the page's script needs to draw one highlight: no note, no tags (the page can read the DOM). */
export type PaintItem = { id: string; color: AnnotationColor; selectors: Selectors };

const fields = { color: ColorSchema, note: NoteSchema, tags: TagsSchema };

export const highlightCalls = {
  /** Draw the tab's stored highlights on its page and list them, with the orphans. */
  showHighlights: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** Highlight the tab's selection (clipping the page first if it is not clipped). */
  createHighlight: { from: 'extension', writes: true, args: v.strictObject({ tabId: TabId, ...fields }) },
  /** Change a highlight's colour, note or tags; `tabId` redraws it there. */
  updateHighlight: {
    from: 'extension',
    writes: true,
    args: v.strictObject({ tabId: v.nullable(TabId), id: RecordId, patch: v.strictObject({ color: v.optional(ColorSchema), note: v.optional(NoteSchema), tags: v.optional(TagsSchema) }) }),
  },
  /** Delete a highlight (a tombstone); `tabId` takes it off that page. */
  deleteHighlight: { from: 'extension', writes: true, args: v.strictObject({ tabId: v.nullable(TabId), id: RecordId }) },
  /** Move a highlight (an orphan, usually) to the tab's current selection. */
  reattachHighlight: { from: 'extension', writes: true, args: v.strictObject({ tabId: TabId, id: RecordId }) },
  /** Take every highlight off the tab's page (they stay stored). */
  hideHighlights: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** Restore highlights on the tab's site as pages load (after the popup got the host permission), or stop. */
  setAutoRestore: { from: 'extension', args: v.strictObject({ tabId: TabId, enabled: v.boolean() }) },
  /** The annotate script, loaded with the page on an allowed site, asks for its own page's highlights. */
  getPageHighlights: { from: 'content', args: v.strictObject({}) },
} as const satisfies CallSpecs;

/** Reply types of the highlight calls. */
export type HighlightReplies = {
  showHighlights: HighlightView;
  createHighlight: HighlightView;
  updateHighlight: AnnotationRecord;
  deleteHighlight: true;
  reattachHighlight: HighlightView;
  hideHighlights: number;
  setAutoRestore: boolean;
  getPageHighlights: PaintItem[];
};

/** Calls the annotate script (dist/annotate.js) answers. */
export type HighlightContentCalls = {
  /** Selectors of the page's current selection, or null when nothing is selected. */
  describeSelection: { args: Record<string, never>; reply: Selectors | null };
  /** Draw highlights (after taking all off, with `replace`); replies with the ids that found no place. */
  paintHighlights: { args: { highlights: PaintItem[]; replace: boolean }; reply: { orphans: string[] } };
  /** Repaint one highlight; false when it is not on the page. */
  recolorHighlight: { args: { id: string; color: AnnotationColor }; reply: boolean };
  /** Take one highlight off the page; false when it was not there. */
  removeHighlight: { args: { id: string }; reply: boolean };
  /** Take every highlight off the page; replies with how many marks went. */
  removeAllHighlights: { args: Record<string, never>; reply: number };
};
