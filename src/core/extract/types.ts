/** What the extraction pipeline gets from a page: the same shape in the content script and the CLI. */
export type ExtractedArticle = {
  /** Article headline, NFC, whitespace collapsed. */
  title: string;
  /** The page's address (without the #fragment). */
  url: string;
  /** `<link rel=canonical>` or og:url resolved against the page URL, or null. */
  canonicalUrl: string | null;
  /** The publication's name (og:site_name, JSON-LD publisher, the site's own brand). */
  siteName: string | null;
  /** Author names joined for display ("A - B" on Vietnamese pages, as their bylines write it; "A, B" elsewhere), or null; credit prefixes such as "Tin, ảnh:" and agency marks removed. */
  author: string | null;
  /** Every author found, in page order. */
  authors: string[];
  /** Publication time, ISO 8601 with its offset (+07:00 for Vietnamese local times), or null. */
  publishedAt: string | null;
  /** BCP 47 language tag of the page, lowercased, or null. */
  lang: string | null;
  /** A short summary: the description metadata or the first paragraph. */
  excerpt: string | null;
  /** Plain text of the article body, NFC, paragraphs separated by blank lines. */
  text: string;
  /** The article body as clean HTML: only whitelisted tags and attributes, absolute http(s) links. */
  html: string;
  /** Word count of `text`. */
  wordCount: number;
};

/** Why a page yielded no article. */
export type ExtractFailure = {
  /**
   * `no-article`: Readability found no body; `not-html`: a PDF, image or other non-HTML document;
   * `too-large`: more than a clip may hold (the content script's check, src/content/extract.ts).
   */
  code: 'no-article' | 'not-html' | 'too-large';
  /** A sentence for logs; the UI shows its own localized text for the code. */
  message: string;
};

/** The outcome of extraction: an article or the reason there is none. */
export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; error: ExtractFailure };
