/**
 * Class and id names that mark furniture inside the body Readability kept: share and print bars,
 * related boxes, comment areas, tag lists, newsletter prompts, ad slots, author boxes.
 * Names are split into words ("box-related", "tinLienQuan", "social_share") and matched word by
 * word, so "shared-content" or "adapter" never match "share" or "ad".
 */

// Words (lowercase, after splitting) that mark furniture.
const JUNK_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'sharer', 'social', 'socials', 'print', 'printer', 'toolbar', 'tools', 'tool', 'utility', 'utilities',
  'related', 'relatedposts', 'relatedarticles', 'recommend', 'recommended', 'recommendations', 'readmore', 'readnext', 'upnext',
  'comment', 'comments', 'commentbox', 'disqus', 'discussion', 'replies', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall',
  'tags', 'tag', 'tagcloud', 'taglist', 'keywords', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'nav', 'navigation', 'menu',
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promotion',
  'outbrain', 'taboola', 'zergnet', 'trending', 'popular', 'mostread', 'mostpopular', 'newsletter', 'cookie', 'cookies', 'gdpr', 'consent',
  'lienquan', 'tinlienquan', 'tinkhac', 'xemthem', 'docthem', 'binhluan', 'chiase', 'tukhoa', 'quangcao', 'backtotop', 'scrolltop', 'gotop',
  'rating', 'vote', 'poll', 'survey', 'widget', 'sidebar', 'subnav', 'bio', 'authorbio', 'visuallyhidden', 'sronly', 'screenreader',
]);
// Two-word names: "lien quan", "tin khac", "read more", "back top", "author box".
const JUNK_PAIRS = /(?:^|\s)(?:lien quan|tin khac|xem them|doc them|binh luan|chia se|tu khoa|quang cao|read more|more stories|back top|to top|author box|about author|author info|post author|you may|most read|most popular|more from|sr only|visually hidden|screen reader)(?:\s|$)/;
// Words that mark the content itself: never removed on their class alone.
const KEEP_WORDS = /(?:^|\s)(?:content|article|body|entry|main|story|text|detail|post|caption|figure|image|photo|video|media|summary|sapo|lead)(?:\s|$)/;

/** Split class and id names into lowercase words: "box-related tinLienQuan" → "box related tin lien quan". */
export function hintWords(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (!raw.trim()) return '';
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Does the element's class or id say it is furniture (and nothing says it is content)? */
export function isJunkByHint(el: Element): boolean {
  const words = hintWords(el);
  if (!words) return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
  if (KEEP_WORDS.test(` ${words} `) && !/(?:^|\s)(?:related|share|comments?|tags|ads?|promo|newsletter|lien quan|tin khac)(?:\s|$)/.test(words)) return false;
  if (JUNK_PAIRS.test(` ${words} `)) return true;
  // Joined words too: "tinlienquan", "relatedposts".
  return words.split(' ').some((w) => JUNK_WORDS.has(w)) || JUNK_WORDS.has(words.replace(/ /g, ''));
}
