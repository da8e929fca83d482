/**
 * An element's text with a space wherever a line or block breaks (<br>, <p>, <div>, <li>, …),
 * where textContent would glue "Marcus Lee<br>Published" into "Marcus LeePublished".
 */

const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'dd', 'dt', 'time']);

/** The text of `el`, blocks and line breaks spaced, whitespace collapsed. */
export function spacedText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'script' || name === 'style') continue;
        const spaced = BREAKS.has(name);
        if (spaced) out += ' ';
        walk(child);
        if (spaced) out += ' ';
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
