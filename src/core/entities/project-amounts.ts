/**
 * The amounts an article gives for one project: those in the paragraphs that name it, and,
 * when the article speaks of no other project, those in the next few paragraphs that refer
 * back to it ("tổng mức đầu tư của dự án hơn 8.100 tỷ đồng", "công trình này"). Amounts
 * elsewhere in an article are usually a province's totals or another project's.
 */
import { fold } from '../text/fold';
import { findAmounts } from './amounts';
import { findKnownEntities } from './known';
import { findProjects } from './projects';
import { tokenize } from './tokens';
import type { AmountSuggestion, KnownEntity } from './types';

/** Words that point back at the project last named (on folded text). */
const BACK_REFERENCE = /(?<![a-z0-9])(?:cua du an|du an nay|du an tren|du an noi tren|cua cong trinh|cong trinh nay|cong trinh tren)(?![a-z0-9])/;
/** How many paragraphs after the name a back-reference may come. */
const REACH = 3;

/** Amounts for `project` in `text` (an article body; NFC or NFD), each value once, in text order. */
export function amountsNearProject(text: string, project: KnownEntity): AmountSuggestion[] {
  const paragraphs = text.split(/\n\s*\n/);
  const names = paragraphs.map((p) => findKnownEntities(p, [project]).length > 0);
  if (!names.some(Boolean)) return [];
  const keys = new Set(project.keys?.length ? project.keys : [fold(project.name)]);
  const others = findProjects(tokenize(text)).filter((p) => findKnownEntities(p.name, [project]).length === 0 && !keys.has(fold(p.name)));
  const alone = others.length === 0;
  const out = new Map<string, AmountSuggestion>();
  let sinceName = Infinity;
  for (const [i, paragraph] of paragraphs.entries()) {
    sinceName = names[i] ? 0 : sinceName + 1;
    const counts = names[i] || (alone && sinceName <= REACH && BACK_REFERENCE.test(fold(paragraph)));
    if (!counts) continue;
    for (const amount of findAmounts(paragraph)) {
      const key = `${amount.value}|${amount.currency}`;
      if (!out.has(key)) out.set(key, amount);
    }
  }
  return [...out.values()];
}
