/**
 * UI strings live in locales/<lang>/<feature>.json (one file per feature, so that work on
 * two features never edits the same file) and are merged into _locales/<lang>/messages.json
 * at build time. Every language must define exactly the keys English defines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, { message: string; description?: string }>;

/** The merged catalogue of each language; throws on a duplicate or missing key. */
export function mergeLocales(dir: string): Record<string, Messages> {
  const out: Record<string, Messages> = {};
  for (const lang of readdirSync(dir)) {
    const merged: Messages = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const messages = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
      for (const [key, value] of Object.entries(messages)) {
        if (key in merged) throw new Error(`locales/${lang}: "${key}" is defined twice (again in ${file}).`);
        merged[key] = value;
      }
    }
    out[lang] = merged;
  }
  const english = Object.keys(out.en ?? {});
  for (const [lang, messages] of Object.entries(out)) {
    const missing = english.filter((k) => !(k in messages));
    const extra = Object.keys(messages).filter((k) => !(k in (out.en ?? {})));
    if (missing.length || extra.length) throw new Error(`locales/${lang}: missing ${missing.join(', ') || 'none'}; not in English: ${extra.join(', ') || 'none'}.`);
  }
  return out;
}
