/** A note rendered from Markdown, then sanitized (DOMPurify): notes are the analyst's, but may hold pasted page text. */
import { useMemo } from 'preact/hooks';
import { noteHtml } from '../../src/core/export/note-html';

export function MarkdownNote({ markdown }: { markdown: string }) {
  const html = useMemo(() => noteHtml(window, markdown), [markdown]);
  return <div class="md" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The note renderer the highlight cards take. */
export const renderMarkdown = (markdown: string) => <MarkdownNote markdown={markdown} />;
