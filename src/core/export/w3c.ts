/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
 * whose first (and only) AnnotationPage holds every highlight as an Annotation, targeting its
 * page by TextQuoteSelector and TextPositionSelector. The note is a TextualBody (commenting,
 * text/markdown), tags are TextualBodies (tagging), tagged entities are SpecificResources
 * (identifying) whose source is urn:dossier:entity:<id> with the entity's name as its label.
 */
import type { AnnotationRecord } from '../backup/records';
import type { FormatDefinition } from './types';
import type { ClipView, ExportView } from './view';

/** The JSON-LD context of the Web Annotation model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type the model registers. */
export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** The IRI of an entity: stable across exports, resolvable inside Dossier. */
export const entityIri = (id: string): string => `urn:dossier:entity:${id}`;

/** Starts the Web Annotation export: `annotations.jsonld`. */
export const w3cFormat: FormatDefinition = (view) => {
  const items: object[] = [];
  return {
    add(clip) {
      for (const a of clip.annotations) items.push(toAnnotation(a, clip, view));
    },
    finish() {
      const id = collectionIri(view);
      const collection = {
        '@context': ANNO_CONTEXT,
        id,
        type: 'AnnotationCollection',
        label: view.collection?.name ?? (view.backup.scope.kind === 'search' ? view.backup.scope.query : 'Dossier'),
        total: items.length,
        ...(items.length ? { first: { id: `${id}:page:1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items }, last: `${id}:page:1` } : {}),
      };
      return [{ path: 'annotations.jsonld', content: `${JSON.stringify(collection, null, 2)}\n`, mediaType: ANNO_MEDIA_TYPE }];
    },
  };
};

/** One highlight as a Web Annotation. */
export function toAnnotation(a: AnnotationRecord, clip: ClipView, view: ExportView): object {
  const lang = clip.article.lang ?? undefined;
  const body: object[] = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown', ...(lang ? { language: lang } : {}) });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const entity of new Set(a.entityIds.map((id) => view.entity(id)).filter((e) => !!e))) {
    body.push({ type: 'SpecificResource', purpose: 'identifying', source: { id: entityIri(entity.id), label: entity.name } });
  }
  const { quote, position } = a.selectors;
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: a.source || clip.article.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

function collectionIri(view: ExportView): string {
  const scope = view.backup.scope;
  // Stable for the same scope, so a re-export can replace an earlier import in another tool.
  if (scope.kind === 'collection') return `urn:dossier:collection:${scope.collectionId}`;
  return `urn:dossier:export:${scope.kind}:${view.backup.exportedAt}`;
}
