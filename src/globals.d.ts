/** Build flags injected by esbuild's `define` (scripts/build.ts). */

/** True in the test builds (dist/e2e): enables the hooks end-to-end tests need. */
declare const __DOSSIER_E2E__: boolean;
/** The browser this bundle was built for. */
declare const __DOSSIER_BROWSER__: 'chrome' | 'firefox';
