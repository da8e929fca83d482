/**
 * Turns the cleaned article element into clean HTML and plain text in one walk.
 *
 * The HTML is rebuilt from the tree, never copied: only whitelisted tags and
 * attributes are written, every text and attribute value is escaped, and links
 * and images must resolve to http(s). That makes the stored HTML inert by
 * construction. DOMPurify still guards every render (src/core/sanitize); it does
 * not run here because Readability plus DOMPurify exceed the content script's
 * 60 KB budget, and the serializer is needed anyway to drop the page's classes,
 * ids, styles and data attributes.
 */

// Tag lists as space-separated strings: the content script ships them, and quotes and commas add up.
const set = (tags: string): Set<string> => new Set(tags.split(' '));
/** Tags kept as they are (their allowed attributes listed). */
const KEEP: Record<string, readonly string[]> = {
  ...Object.fromEntries('p h1 h2 h3 h4 h5 h6 blockquote pre hr br ul li dl dt dd figure figcaption table thead tbody tfoot tr caption strong b em i u s sub sup code mark small cite q'.split(' ').map((t) => [t, []])),
  ol: ['start'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], a: ['href'], img: ['src', 'alt'], abbr: ['title'], time: ['datetime'],
};
/** Containers rendered as `<div>`-less blocks: their children are kept, the tag is not. */
const UNWRAP_BLOCK = set('div section article main header footer aside center details summary address nav');
/** Elements dropped with everything inside them. */
const DROP = set('script style noscript template iframe frame frameset object embed applet form input button select option textarea label svg math canvas video audio source track map area link meta base title head dialog slot');
/** Tags that end a line of text (paragraph-like blocks and table rows), so words of adjacent blocks never glue. */
const BLOCK = new Set([...set('p h1 h2 h3 h4 h5 h6 blockquote pre ul ol li dl dt dd figure figcaption table thead tbody tfoot tr caption hr'), ...UNWRAP_BLOCK]);
const VOID = set('br hr img');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Escape text for an HTML text node or a double-quoted attribute. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Resolve a link or image address; only http(s) (and mailto for links) survive. */
function safeUrl(raw: string, base: string, allowMailto: boolean): string | null {
  try {
    const url = new URL(raw.trim(), base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (allowMailto && url.protocol === 'mailto:') return url.href;
  } catch {
    // An unparsable address is dropped, not guessed at.
  }
  return null;
}

/** Accumulates plain text with paragraph breaks, collapsing whitespace inside blocks. */
class TextBuilder {
  private blocks: string[] = [];
  private line = '';

  add(text: string, preformatted: boolean): void {
    this.line += preformatted ? text : text.replace(/[\s\u00A0]+/g, ' ');
  }
  newline(): void {
    this.line = this.line.replace(/ +$/, '') + '\n';
  }
  endBlock(): void {
    const block = this.line
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (block) this.blocks.push(block);
    this.line = '';
  }
  toString(): string {
    this.endBlock();
    return this.blocks.join('\n\n');
  }
}

/** Result of serializing the article element. */
export type Serialized = { html: string; text: string };

/** Serialize `root`'s children as clean HTML and plain text; `baseUrl` resolves relative links. */
export function serializeArticle(root: Element, baseUrl: string): Serialized {
  const html: string[] = [];
  const text = new TextBuilder();

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      html.push(escapeHtml(value));
      text.add(value, pre);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) return;
    const isBlock = BLOCK.has(tag);
    if (isBlock) text.endBlock();
    if (tag === 'br') {
      html.push('<br>');
      text.newline();
      return;
    }
    const allowed = KEEP[tag];
    let open = '';
    if (allowed) {
      open = `<${tag}${attributes(el, tag, allowed, baseUrl)}>`;
      // An image whose source is unsafe is dropped whole; a link without a safe href is unwrapped.
      if (tag === 'img' && !open.includes(' src=')) return;
      if (tag === 'a' && !open.includes(' href=')) open = '';
      else html.push(open);
    }
    if (!VOID.has(tag)) {
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, pre || tag === 'pre');
      if (open) html.push(`</${tag}>`);
    }
    if (isBlock) {
      text.endBlock();
      if (UNWRAP_BLOCK.has(tag)) html.push('\n');
    }
    if (tag === 'td' || tag === 'th') text.add(' ', false);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, false);
  return { html: html.join('').replace(/\n{2,}/g, '\n').trim(), text: text.toString() };
}

function attributes(el: Element, tag: string, allowed: readonly string[], baseUrl: string): string {
  let out = '';
  for (const name of allowed) {
    const raw = el.getAttribute(name);
    if (raw === null) continue;
    let value: string | null = raw;
    if (name === 'href') value = safeUrl(raw, baseUrl, true);
    else if (name === 'src') value = safeUrl(raw, baseUrl, false);
    else if (name === 'colspan' || name === 'rowspan' || name === 'start') value = /^\d{1,4}$/.test(raw.trim()) ? raw.trim() : null;
    if (value !== null) out += ` ${name}="${escapeHtml(value)}"`;
  }
  if (tag === 'img' && !out.includes(' alt=')) out += ' alt=""';
  return out;
}
