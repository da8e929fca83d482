import { describe, expect, it } from 'vitest';
import { exportFormat } from '../../../../src/core/export';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const backup = await buildSeedBackup();
const [file] = exportFormat(backup, 'w3c');
const collection = JSON.parse(file!.content as string) as Json;
const items = collection.first.items as Json[];

describe('W3C Web Annotation export', () => {
  it('is one AnnotationCollection with the anno.jsonld context and an embedded first page', () => {
    expect(file!.path).toBe('annotations.jsonld');
    expect(file!.mediaType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(typeof collection.id).toBe('string');
    expect(collection.total).toBe(items.length);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', partOf: collection.id, startIndex: 0 });
    expect(collection.last).toBe(collection.first.id);
    expect(items).toHaveLength(backup.annotations.filter((a) => !a.deletedAt).length);
  });

  it('gives every highlight an Annotation with a source and both selectors', () => {
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(['highlighting', 'commenting']).toContain(item.motivation);
      expect(item.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(item.target.source).toMatch(/^https:\/\//);
      const [quote, position] = item.target.selector as Json[];
      expect(quote).toEqual({ type: 'TextQuoteSelector', exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String) });
      expect(position).toEqual({ type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) });
      expect(position!.end).toBeGreaterThan(position!.start);
    }
  });

  it('puts the note in a commenting TextualBody, tags in tagging bodies, entities in identifying bodies', () => {
    const noted = items.find((i) => i.motivation === 'commenting' && JSON.stringify(i.body).includes('Quan trọng'))!;
    const bodies = noted.body as Json[];
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: expect.stringContaining('Quan trọng'), format: 'text/markdown', language: expect.stringMatching(/^vi/) });
    const tags = bodies.filter((b) => b.purpose === 'tagging');
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toEqual({ type: 'TextualBody', purpose: 'tagging', value: expect.any(String) });
    const entity = bodies.find((b) => b.purpose === 'identifying')!;
    expect(entity).toMatchObject({ type: 'SpecificResource', source: { id: expect.stringMatching(/^urn:dossier:entity:[0-9a-f-]{36}$/), label: expect.any(String) } });
  });

  it('labels a collection export with its name and a stable id', () => {
    const id = backup.collections[0]!.id;
    const scoped = { ...backup, scope: { kind: 'collection' as const, collectionId: id } };
    const json = JSON.parse(exportFormat(scoped, 'w3c')[0]!.content as string) as Json;
    expect(json).toMatchObject({ id: `urn:dossier:collection:${id}`, label: 'Cảng hàng không Điện Biên' });
  });
});
