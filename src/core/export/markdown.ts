/** Markdown export: one Obsidian-friendly file per clip, YAML front matter, highlights as block quotes with their notes. */
import { formatWallTime } from '../time/iso';
import { safeFileName, UniqueNames } from './file-name';
import { labelsFor } from './labels';
import { blockQuote, escapeMarkdown, markdownLink, obsidianTag } from './md-text';
import type { ExportFile, FormatDefinition } from './types';
import type { ClipView, ExportView } from './view';
import { frontMatter } from './yaml';

/** Starts the Markdown export: files `<date> <title>.md`. */
export const markdownFormat: FormatDefinition = (view, context) => {
  const labels = labelsFor(context.locale);
  const names = new UniqueNames();
  const files: ExportFile[] = [];
  return {
    add(clip) {
      const date = clip.article.publishedAt?.slice(0, 10);
      const base = safeFileName(date ? `${date} ${clip.article.title}` : clip.article.title);
      files.push({ path: names.claim(base, '.md'), content: clipMarkdown(clip, view, labels), mediaType: 'text/markdown;charset=utf-8' });
    },
    finish: () => files,
  };
};

/** One clip as a Markdown document. */
export function clipMarkdown(clip: ClipView, view: ExportView, labels: ReturnType<typeof labelsFor>): string {
  const a = clip.article;
  const head = frontMatter([
    ['title', a.title],
    ['url', a.url],
    ['canonical', a.canonicalUrl],
    ['site', a.siteName],
    ['author', a.author],
    ['published', a.publishedAt],
    ['clipped', a.clippedAt],
    ['lang', a.lang],
    ['tags', a.tags.map(obsidianTag).filter((t): t is string => !!t)],
    ['collections', clip.collections.map((c) => c.name)],
    ['entities', clip.entities.map((e) => e.name)],
    ['dossier_id', a.id],
  ]);
  const meta = [
    markdownLink(labels.source, a.canonicalUrl ?? a.url),
    a.siteName && escapeMarkdown(a.siteName),
    a.author && `${labels.author}: ${escapeMarkdown(a.author)}`,
    a.publishedAt && `${labels.published}: ${formatWallTime(a.publishedAt)}`,
  ].filter(Boolean);
  const parts = [head, `# ${escapeMarkdown(a.title)}`, meta.join(' · '), `## ${labels.highlights}`];
  if (!clip.annotations.length) parts.push(`*${labels.noHighlights}*`);
  for (const h of clip.annotations) {
    parts.push(blockQuote(h.selectors.quote.exact));
    if (h.note.trim()) parts.push(h.note.trim());
    const tags = h.tags.map(obsidianTag).filter((t): t is string => !!t).map((t) => `#${t}`);
    const entities = [...new Set(h.entityIds.map((id) => view.entity(id)?.name).filter((n): n is string => !!n))];
    const line = [tags.length && `${labels.tags}: ${tags.join(' ')}`, entities.length && escapeMarkdown(entities.join(', '))].filter(Boolean).join(' · ');
    if (line) parts.push(`*${line}*`);
  }
  if (clip.body?.text) parts.push(`## ${labels.text}`, escapeMarkdown(clip.body.text));
  return `${parts.join('\n\n')}\n`;
}
