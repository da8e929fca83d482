/**
 * One base manifest (manifest.json) patched per browser at build time, so the two
 * stores' manifests never drift apart.
 */

export type Browser = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown>;

/** Firefox add-on id; also pins the extension's UUID in the Firefox tests. */
export const GECKO_ID = 'dossier@dossier-clipper.org';

/** Extension id that E2E_CHROME_KEY gives (first 32 hex digits of its SHA-256, mapped to a-p). */
export const E2E_CHROME_ID = 'delckkmgndpfkopgdcocljephbdoaaja';

/**
 * Public key that pins the Chrome extension id of the test build (so end-to-end tests
 * know the id before launch). The release build has no key: the store assigns one.
 */
export const E2E_CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAl1zFKRn/neHdIqpVLskKA//tjbJidSd1qx0fwGyx0iYeLDLpnpct9ZOeXpmJ320IR90ReNjhgtKKkCA3JEwGvWmZ4Ytpb2FBOiculYUC0+wIl1BXlqAkkn+Bu+mQjPGxZ+0nxnLr87Hpjtl63G8Mfs4qmlM7zTJSb/HZUlQJ0cT/bFT8E7MlGDxZHDnTVVqk48PbFvqtyctXA2V5rm7vyrqOYhzkx3FFz6COivTCbVa2IUXbOoCyZm78AmR/DJU5kXP9LkTjBtUQz53Jd6be6wCY9v/xfoAwLQuweONBGND1sJG8g4Fs5oIOJ2QMtub1T8iiJx6oJL1DqbaI20DFYwIDAQAB';

/** The manifest for one browser; `e2e` adds access to 127.0.0.1 so tests can clip without a click. */
export function manifestFor(base: Manifest, browser: Browser, options: { version: string; e2e: boolean }): Manifest {
  const manifest: Manifest = structuredClone(base);
  manifest.version = options.version;
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '121';
  } else {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  if (options.e2e) {
    manifest.host_permissions = ['http://127.0.0.1/*'];
    if (browser === 'chrome') manifest.key = E2E_CHROME_KEY;
  }
  return manifest;
}
