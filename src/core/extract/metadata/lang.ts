/**
 * Language of the page: declared (html lang, Content-Language, og:locale, JSON-LD inLanguage)
 * or, for Vietnamese only, recognised from the text, since old provincial templates declare none
 * and the offset of their local times depends on it.
 */

// Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the dot-below/hook-above range.
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/gu;
const LETTER = /\p{L}/gu;

/** Is `text` (NFC) Vietnamese? More than 5% of its letters are Vietnamese-only letters. */
export function looksVietnamese(text: string): boolean {
  const sample = text.slice(0, 3000);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 20) return false;
  return (sample.match(VIETNAMESE_LETTER)?.length ?? 0) / letters > 0.05;
}

/** Normalize a declared language ("vi_VN", "vi-VN", " EN ") to a lowercase BCP 47 tag, or null. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-').toLowerCase().split(/[\s,;]/)[0];
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

