/** Steps the demo and the screenshots share: select words on a page and highlight them from the popup. */
import type { Page } from 'playwright-core';
import { openChromiumPopup, type ChromiumSession } from './browsers';

/** Select the first occurrence of `text` that lies in one text node of the page's body; false when absent. */
export function selectText(page: Page, text: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const text = ${JSON.stringify(text)};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    }
    return false;
  })()`) as Promise<boolean>;
}

/** A highlight to make: the words, a colour, a note and tags. */
export type HighlightSpec = { text: string; color?: string; note?: string; tags?: string };

/**
 * Select `spec.text` in `page` (showing `url`), open the popup on it, fill the new-highlight
 * form and press Highlight selection; resolves when the popup lists the highlight.
 */
export async function highlightFromPopup(session: ChromiumSession, page: Page, url: string, spec: HighlightSpec): Promise<void> {
  if (!(await selectText(page, spec.text))) throw new Error(`Not on the page: ${spec.text}`);
  const popup = await openChromiumPopup(session, url);
  await popup.getByTestId('hl-create').waitFor();
  await popup.locator(`.hl-new [data-testid=hl-color-${spec.color ?? 'yellow'}]`).check();
  if (spec.note) await popup.locator('.hl-new [data-testid=hl-note]').fill(spec.note);
  if (spec.tags) await popup.locator('.hl-new [data-testid=hl-tags]').fill(spec.tags);
  await popup.getByTestId('hl-create').click();
  await popup.locator('[data-testid=highlight-list], [data-testid=hl-error]').first().waitFor();
  const error = popup.getByTestId('hl-error');
  if (await error.count()) throw new Error(`Highlight failed: ${await error.innerText()}`);
  await popup.close();
}
