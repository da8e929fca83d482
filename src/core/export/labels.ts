/** Headings and labels of the human-readable exports (Markdown, HTML report), in Vietnamese and English. */
import type { EntityType } from '../backup/records';
import type { ExportLocale } from './types';
import type { ExportView } from './view';

const LABELS = {
  vi: {
    library: 'Thư viện Dossier', search: 'Kết quả tìm kiếm', contents: 'Mục lục', highlights: 'Đoạn đánh dấu', text: 'Nội dung',
    entities: 'Chỉ mục thực thể', site: 'Báo', author: 'Tác giả', published: 'Ngày đăng', clipped: 'Ngày lưu', source: 'Nguồn',
    tags: 'Thẻ', collections: 'Bộ sưu tập', note: 'Ghi chú', exported: 'Xuất lúc', clips: 'bài', noHighlights: 'Chưa có đoạn đánh dấu.',
    aliases: 'Tên khác', mentionedIn: 'Nhắc đến trong', entity: 'Thực thể',
  },
  en: {
    library: 'Dossier library', search: 'Search results', contents: 'Contents', highlights: 'Highlights', text: 'Text',
    entities: 'Index of entities', site: 'Site', author: 'Author', published: 'Published', clipped: 'Clipped', source: 'Source',
    tags: 'Tags', collections: 'Collections', note: 'Note', exported: 'Exported', clips: 'clips', noHighlights: 'No highlights yet.',
    aliases: 'Also known as', mentionedIn: 'Mentioned in', entity: 'Entities',
  },
} as const;

const ENTITY_TYPES: Record<ExportLocale, Record<EntityType, string>> = {
  vi: { official: 'Cán bộ', project: 'Dự án', organization: 'Tổ chức', place: 'Địa danh' },
  en: { official: 'Officials', project: 'Projects', organization: 'Organizations', place: 'Places' },
};

/** The label set for a locale. */
export type Labels = (typeof LABELS)[ExportLocale] & { entityTypes: Record<EntityType, string> };

/** Labels for `locale` (Vietnamese by default). */
export function labelsFor(locale: ExportLocale = 'vi'): Labels {
  return { ...LABELS[locale], entityTypes: ENTITY_TYPES[locale] };
}

/** What the export holds, as a title: the collection's name, the search, or the library. */
export function exportTitle(view: ExportView, labels: Labels): string {
  const scope = view.backup.scope;
  if (scope.kind === 'collection') return view.collection?.name ?? labels.collections;
  if (scope.kind === 'search') return `${labels.search}: “${scope.query}”`;
  return labels.library;
}
