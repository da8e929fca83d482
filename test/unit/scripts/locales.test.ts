import { describe, expect, it } from 'vitest';
import { mergeLocales } from '../../../scripts/lib/locales';

describe('UI strings', () => {
  const locales = mergeLocales(new URL('../../../locales', import.meta.url).pathname);
  it('exist in English and Vietnamese with the same keys', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'vi']);
    expect(Object.keys(locales.vi!).sort()).toEqual(Object.keys(locales.en!).sort());
  });
  it('keep their $1 placeholders in every language', () => {
    for (const [key, { message }] of Object.entries(locales.en!)) {
      const placeholders = (m: string) => (m.match(/\$\d/g) ?? []).sort().join();
      expect(placeholders(locales.vi![key]!.message), key).toBe(placeholders(message));
    }
  });
  it('fit the stores’ limits (name 75 characters, description 132)', () => {
    expect(locales.en!.extName!.message.length).toBeLessThanOrEqual(75);
    expect(locales.en!.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(locales.vi!.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
