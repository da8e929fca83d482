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
  inLanguage?: string;
  url?: string;
};

// Types whose datePublished is the article's own (schema.org's Article subtypes).
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'techarticle',
  'scholarlyarticle', 'medicalscholarlyarticle', 'report', 'satiricalarticle', 'advertisercontentarticle', 'posting',
  'discussionforumposting', 'videoobject', 'creativework', 'webpage', 'itempage', 'collectionpage',
]);
// Lower rank is better: a real article type beats a page that merely has a date.
const rank = (type: string): number => (type.endsWith('article') || type.endsWith('posting') || type === 'reportagenews' || type === 'report' ? 0 : type === 'webpage' || type === 'itempage' ? 2 : 1);

function isNode(value: Json | undefined): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Node): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "NewsArticle", "schema:NewsArticle" and "http://schema.org/NewsArticle" are the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

/** Parse a script's JSON, forgiving the raw newlines and trailing commas that CMSs leave in. */
function parse(text: string): Json | undefined {
  const body = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\s*\/\/.*$/gm, '');
  try {
    return JSON.parse(body) as Json;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are exactly what must go
      return JSON.parse(body.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Top-level nodes, @graph members and mainEntity objects, with an @id index for references. */
function collect(roots: Json[]): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (value: Json | undefined, depth: number): void => {
    if (depth > 4 || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    if (!isNode(value)) return;
    nodes.push(value);
    if (typeof value['@id'] === 'string') byId.set(value['@id'], value);
    visit(value['@graph'], depth + 1);
    visit(value.mainEntity, depth + 1);
    visit(value.mainEntityOfPage, depth + 1);
  };
  roots.forEach((r) => visit(r, 0));
  return { nodes, byId };
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isNode(value)) return text(value['@value']);
  return undefined;
}

/** A person's or organization's name: a string, {name}, {givenName, familyName}, or an @id reference. */
function nameOf(value: Json | undefined, byId: Map<string, Node>): string | undefined {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? undefined : value.trim() || undefined;
  if (!isNode(value)) return undefined;
  const node = typeof value['@id'] === 'string' && !value.name ? (byId.get(value['@id']) ?? value) : value;
  const name = text(node.name) ?? [text(node.givenName), text(node.familyName)].filter(Boolean).join(' ');
  return name && !/^https?:\/\//i.test(name) ? name : undefined;
}

function names(value: Json | undefined, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => nameOf(v, byId)).filter((n): n is string => !!n);
}

function urlOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (isNode(value)) return text(value['@id']) ?? text(value.url);
  return undefined;
}

/** Read the article node from the JSON-LD script texts of a page; `pageUrls` pick among several articles. */
export function readJsonLd(scripts: readonly string[], pageUrls: readonly string[]): JsonLdArticle | null {
  const roots = scripts.map(parse).filter((v): v is Json => v !== undefined);
  if (roots.length === 0) return null;
  const { nodes, byId } = collect(roots);
  let best: Node | undefined;
  let bestScore = Infinity;
  for (const node of nodes) {
    const kinds = types(node).filter((t) => ARTICLE_TYPES.has(t));
    if (kinds.length === 0) continue;
    // The article about this very page wins over any other listed beside it.
    const own = [node.url, node.mainEntityOfPage, node['@id']].map(urlOf).some((u) => u && pageUrls.includes(u.replace(/#.*$/, '')));
    const score = Math.min(...kinds.map(rank)) - (own ? 0.5 : 0) + (node.datePublished === undefined && node.headline === undefined ? 3 : 0);
    if (score < bestScore) [best, bestScore] = [node, score];
  }
  const publisherNode = best?.publisher ?? nodes.find((n) => types(n).includes('website'))?.name;
  const language = best?.inLanguage;
  return {
    isArticle: !!best && rank(types(best).find((t) => ARTICLE_TYPES.has(t)) ?? '') === 0,
    headline: text(best?.headline) ?? (best && rank(types(best)[0] ?? '') === 0 ? text(best.name) : undefined),
    datePublished: text(best?.datePublished),
    authors: names(best?.author ?? best?.creator, byId),
    publisher: nameOf(publisherNode, byId),
    description: text(best?.description),
    inLanguage: isNode(language) ? (text(language.alternateName) ?? text(language.name)) : text(language),
    url: urlOf(best?.url) ?? urlOf(best?.mainEntityOfPage),
  };
}
