/**
 * A note in the popup: the text as typed, with inline **bold**, *italic* and `code` shown as
 * such. The popup's budget has no room for a Markdown renderer (the stored copy renders
 * notes in full); elements are made by Preact, so nothing in a note is ever parsed as HTML.
 */
const INLINE = /(\*\*[^*\n]+\*\*|\*[^*\s][^*\n]*\*|`[^`\n]+`)/g;

export function NoteText({ note }: { note: string }) {
  const parts = note.split(INLINE);
  return (
    <span class="plain">
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        if (part.startsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
        if (part.startsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>;
        return <em key={i}>{part.slice(1, -1)}</em>;
      })}
    </span>
  );
}
