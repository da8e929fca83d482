/**
 * YAML front matter, written by hand: every string is a double-quoted scalar (JSON's escapes
 * are YAML's), lists are block lists, so no title can turn into YAML syntax.
 */

/** A front matter value. */
export type YamlValue = string | number | boolean | null | readonly string[];

// Characters YAML does not allow unescaped (C0 controls are escaped by JSON.stringify already).
const NOT_PRINTABLE = /[\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A YAML double-quoted scalar. */
export function yamlString(text: string): string {
  const wellFormed = text.replace(LONE_SURROGATE, '\uFFFD');
  return JSON.stringify(wellFormed).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Front matter between "---" lines (no final newline); null values and empty lists are left out. */
export function frontMatter(entries: ReadonlyArray<readonly [string, YamlValue]>): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((v: string) => `  - ${yamlString(v)}`));
    else lines.push(`${key}: ${typeof value === 'string' ? yamlString(value) : String(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}
