/**
 * Move tone marks to the new-style place ("hòa" → "hoà", "thủy" → "thuỷ", "Ủy" → "Uỷ"), so
 * tests can feed the same article in both spellings.
 */
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const OLD_STYLE = new RegExp(`([oOuU])([${TONES}])([aeyAEY])(?![\\p{L}\\p{M}])`, 'gu');

/** The text with tone marks on the second vowel of open oa/oe/uy syllables, NFC. */
export function toNewTone(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE, (whole, first: string, tone: string, second: string) => {
      const pair = `${first}${second}`.toLowerCase();
      return pair === 'oa' || pair === 'oe' || pair === 'uy' ? `${first}${second}${tone}` : whole;
    })
    .normalize('NFC');
}
