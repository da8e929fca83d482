import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor, type Manifest } from '../../../scripts/lib/manifest';

const base = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('per-browser manifests', () => {
  it('Chrome gets a service worker, Firefox background scripts with a gecko id and data-collection permissions', () => {
    const chrome = manifestFor(base, 'chrome', { version: '1.2.3', e2e: false });
    const firefox = manifestFor(base, 'firefox', { version: '1.2.3', e2e: false });
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(chrome.version).toBe('1.2.3');
  });
  it('release builds inject into no page on their own: no host permissions, no content_scripts', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base, browser, { version: '1.0.0', e2e: false });
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
      expect(m.permissions).not.toContain('tabs');
      expect(m.content_security_policy).toBeUndefined();
    }
  });
  it('only the test builds may script 127.0.0.1', () => {
    expect(manifestFor(base, 'chrome', { version: '1.0.0', e2e: true }).host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
