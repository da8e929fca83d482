/**
 * Class and id names that mark furniture Readability keeps: share, print and tool bars, related
 * and comment boxes, tag lists, newsletter prompts, ad slots, back-to-top links, in English and in
 * the unaccented Vietnamese that Vietnamese CMSs use ("tin-lien-quan", "binhLuan", "chia_se").
 * Names are split into words and matched word by word, so "shared-content" or "adapter" never
 * match "share" or "ad". (Readability itself already drops most "comment", "sidebar", "footer".)
 */

// One word of a name, or two or three written together ("tinlienquan", "backtotop").
const JUNK = /^(?:share\w*|social|print\w*|tools?|toolbar|utility|related\w*|relate|recommend\w*|readmore|comments?|disqus|replies|newsletter|subscri\w+|signup|tags?|taglist|keywords?|breadcrumbs?|nav|menu|ads?|advert\w*|sponsor\w*|promo|outbrain|taboola|trending|popular|mostread|cookies?|gdpr|(?:tin)?lienquan|tinkhac|xemthem|docthem|binhluan|chiase|tukhoa|quangcao|(?:back|scroll|go)(?:to)?top|rating|vote|poll|widget|sidebar|sronly)$/;
// Names that say content: never removed on their class alone, unless they also say furniture.
const CONTENT = /^(?:content|article|body|entry|main|story|text|detail|post|caption|figure|image|photo|video|media|summary|sapo|lead)$/;
const STRONG = /^(?:related|share|comments?|tags|ads?|promo|newsletter)$/;

/** Class and id names as lowercase words: "box-related tinLienQuan" → ["box", "related", "tin", "lien", "quan"]. */
function hintWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Does the element's class or id say it is furniture (and nothing says it is content)? */
export function isJunkByHint(el: Element): boolean {
  const words = hintWords(el);
  if (!words.length) return el.getAttribute('aria-hidden') === 'true';
  const joined = words.map((w, i) => [w, w + (words[i + 1] ?? ''), w + (words[i + 1] ?? '') + (words[i + 2] ?? '')]).flat();
  if (words.some((w) => CONTENT.test(w)) && !words.some((w) => STRONG.test(w))) return false;
  return joined.some((w) => JUNK.test(w));
}
