/**
 * Schema.org JSON-LD: the article node (NewsArticle and the other Article types, found at the
 * top level, in arrays, in @graph or as a WebPage's mainEntity) and the fields we trust it for.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** What JSON-LD says about the article; every field may be missing. */
export type JsonLdArticle = {
  /** The node found is an Article type (not just a WebPage with a date). */
  isArticle: boolean;
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  description?: string;
};

// Article, NewsArticle, ReportageNewsArticle, BlogPosting, Report, …: the article itself.
const ARTICLE = /article$|posting$|^report/;
// Pages and works that may carry a date when no article node does.
const PAGE = /^(?:webpage|itempage|creativework|videoobject)$/;

const isNode = (v: Json | undefined): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "NewsArticle", "schema:NewsArticle" and "http://schema.org/NewsArticle", lowercased. */
const types = (node: Node): string[] =>
  [node['@type']].flat().map((t) => (typeof t === 'string' ? t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase() : ''));

/** Parse a script's JSON, forgiving the raw newlines and trailing commas that CMSs leave in. */
function parse(text: string): Json | undefined {
  for (const body of [text, text.replace(/\s+/g, ' ').replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(body) as Json;
    } catch {
      // Try the repaired text, then give up on this script.
    }
  }
  return undefined;
}

/** A string value: the string, the first of a list, or an {@value}. */
function text(v: Json | undefined): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) return text(v['@value']);
  return typeof v === 'string' ? v.trim() || undefined : undefined;
}

/** Read the article node from the JSON-LD script texts of a page; `pageUrls` pick among several articles. */
export function readJsonLd(scripts: readonly string[], pageUrls: readonly string[]): JsonLdArticle | null {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  // Top-level nodes, arrays, @graph members and mainEntity objects, with an @id index for references.
  const visit = (v: Json | undefined, depth: number): void => {
    if (depth > 4 || v == null) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isNode(v)) return;
    nodes.push(v);
    if (typeof v['@id'] === 'string') byId.set(v['@id'], v);
    visit(v['@graph'], depth + 1);
    visit(v.mainEntity, depth + 1);
  };
  scripts.forEach((s) => visit(parse(s), 0));
  let best: Node | undefined;
  let bestScore = 9;
  for (const node of nodes) {
    const kinds = types(node);
    const article = kinds.some((t) => ARTICLE.test(t));
    if (!article && !kinds.some((t) => PAGE.test(t))) continue;
    // An article beats a page; the one about this very page beats others listed beside it.
    const own = [node.url, node.mainEntityOfPage, node['@id']].some((u) => pageUrls.includes(String(isNode(u) ? u['@id'] : u).replace(/#.*$/, '')));
    const score = (article ? 0 : 2) - (own ? 1 : 0) + (node.datePublished || node.headline ? 0 : 4);
    if (score < bestScore) [best, bestScore] = [node, score];
  }
  if (!best) return null;
  // A name: a string, {name}, {givenName, familyName}, or an @id reference to such a node.
  const nameOf = (v: Json | undefined): string | undefined => {
    const node = isNode(v) && typeof v['@id'] === 'string' && !v.name ? byId.get(v['@id']) : v;
    const name = isNode(node) ? (text(node.name) ?? ([text(node.givenName), text(node.familyName)].filter(Boolean).join(' ') || undefined)) : text(node);
    return name && !/^https?:/.test(name) ? name : undefined;
  };
  return {
    isArticle: types(best).some((t) => ARTICLE.test(t)),
    headline: text(best.headline),
    datePublished: text(best.datePublished),
    authors: [best.author ?? best.creator].flat().map(nameOf).filter((n): n is string => !!n),
    publisher: nameOf(best.publisher) ?? nameOf(nodes.find((n) => types(n).includes('website'))?.name),
    description: text(best.description),
  };
}
