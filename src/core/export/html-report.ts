/**
 * The HTML report: one self-contained, printable file with a table of contents, each clip
 * with its metadata, highlights and notes, and an index of entities. Every text is escaped,
 * every note is rendered and sanitized, links are http(s) only, and a CSP forbids scripts
 * and requests even if something slipped through.
 */
import { formatWallTime } from '../time/iso';
import { escapeHtml as esc, safeHref } from './html-escape';
import { exportTitle, labelsFor, type Labels } from './labels';
import { renderNote, sanitizeNotes } from './note-html';
import { REPORT_CSP, REPORT_CSS } from './report-style';
import type { FormatDefinition } from './types';
import { uniqueEntities, type ClipView, type ExportView } from './view';

/** Starts the report: `report.html`. Needs `context.window` to sanitize notes. */
export const htmlFormat: FormatDefinition = (view, context) => {
  const window = context.window;
  if (!window) throw new Error('The HTML report needs a window to sanitize notes with (a jsdom window in Node).');
  const labels = labelsFor(context.locale);
  const toc: string[] = [];
  const sections: string[] = [];
  const clipsOf = new Map<string, ClipView[]>();
  // Notes are sanitized together at the end; sections hold a placeholder no escaped text can contain.
  const notes: string[] = [];
  const placeholder = (html: string) => (html ? `<!--note:${notes.push(html) - 1}-->` : '');
  return {
    add(clip) {
      toc.push(`<li><a href="#clip-${clip.article.id}">${esc(clip.article.title)}</a>${tocMeta(clip)}</li>`);
      sections.push(clipSection(clip, view, labels, placeholder));
      for (const e of clip.entities) {
        const list = clipsOf.get(e.id);
        if (list) list.push(clip);
        else clipsOf.set(e.id, [clip]);
      }
    },
    finish() {
      const clean = sanitizeNotes(window, notes);
      const main = sections.join('\n').replace(/<!--note:(\d+)-->/g, (_, n: string) => `<div class="note">${clean[Number(n)]}</div>`);
      const title = exportTitle(view, labels);
      const count = `${view.clips.length} ${labels.clips} · ${labels.exported} ${esc(formatWallTime(view.backup.exportedAt))}`;
      const html = `<!doctype html>
<html lang="${context.locale ?? 'vi'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${count}</p></header>
<nav aria-label="${esc(labels.contents)}"><h2>${esc(labels.contents)}</h2><ol>${toc.join('\n')}</ol></nav>
<main>
${main}
</main>
${entityIndex(clipsOf, view, labels)}
</body>
</html>
`;
      return [{ path: 'report.html', content: html, mediaType: 'text/html;charset=utf-8' }];
    },
  };
};

function tocMeta(clip: ClipView): string {
  const a = clip.article;
  const bits = [a.siteName, a.publishedAt && formatWallTime(a.publishedAt).slice(0, 10)].filter((b): b is string => !!b);
  return bits.length ? ` <span class="muted">— ${esc(bits.join(', '))}</span>` : '';
}

function clipSection(clip: ClipView, view: ExportView, labels: Labels, note: (html: string) => string): string {
  const a = clip.article;
  const href = safeHref(a.canonicalUrl ?? a.url);
  const rows: Array<[string, string | null]> = [
    [labels.site, a.siteName && esc(a.siteName)],
    [labels.author, a.author && esc(a.author)],
    [labels.published, a.publishedAt && esc(formatWallTime(a.publishedAt))],
    [labels.clipped, esc(formatWallTime(a.clippedAt))],
    [labels.source, href ? `<a href="${href}" rel="noopener noreferrer">${esc(a.canonicalUrl ?? a.url)}</a>` : esc(a.url)],
    [labels.tags, a.tags.length ? esc(a.tags.join(', ')) : null],
    [labels.collections, clip.collections.length ? esc(clip.collections.map((c) => c.name).join(', ')) : null],
    [labels.entity, clip.entities.length ? clip.entities.map((e) => `<a href="#entity-${e.id}">${esc(e.name)}</a>`).join(', ') : null],
  ];
  const meta = rows.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('');
  const lang = a.lang ? ` lang="${esc(a.lang)}"` : '';
  const highlights = clip.annotations.map((h) => {
    const tags = [...h.tags, ...uniqueEntities(h.entityIds.map(view.entity)).map((e) => e.name)];
    return [
      `<blockquote class="${esc(h.color)}">${esc(h.selectors.quote.exact)}</blockquote>`,
      note(renderNote(h.note)),
      tags.length ? `<p class="tags">${esc(tags.join(' · '))}</p>` : '',
    ].join('');
  });
  return `<article id="clip-${a.id}"${lang}>
<h2>${esc(a.title)}</h2>
<dl class="meta">${meta}</dl>
${a.excerpt ? `<p class="excerpt">${esc(a.excerpt)}</p>` : ''}
<h3>${esc(labels.highlights)}</h3>
${highlights.length ? highlights.join('\n') : `<p class="muted">${esc(labels.noHighlights)}</p>`}
</article>`;
}

function entityIndex(clipsOf: Map<string, ClipView[]>, view: ExportView, labels: Labels): string {
  const entities = uniqueEntities([...clipsOf.keys()].map(view.entity));
  if (!entities.length) return '';
  const groups: string[] = [];
  for (const type of ['official', 'project', 'organization', 'place'] as const) {
    const items = entities.filter((e) => e.type === type).map((e) => {
      const aliases = e.aliases.length ? ` <span class="muted">(${esc(labels.aliases)}: ${esc(e.aliases.join(', '))})</span>` : '';
      const links = clipsOf.get(e.id)!.map((c) => `<a href="#clip-${c.article.id}">${esc(c.article.title)}</a>`).join('; ');
      return `<li id="entity-${e.id}"><strong>${esc(e.name)}</strong>${aliases}<br>${esc(labels.mentionedIn)}: ${links}</li>`;
    });
    if (items.length) groups.push(`<h3>${esc(labels.entityTypes[type])}</h3><ul>${items.join('\n')}</ul>`);
  }
  return `<section class="index" id="entities"><h2>${esc(labels.entities)}</h2>${groups.join('\n')}</section>`;
}
