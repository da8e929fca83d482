/**
 * Builds the extension for Chrome and Firefox into dist/, plus a store zip for each,
 * and test builds (dist/e2e/<browser>) that may script 127.0.0.1 without a click.
 * Usage: tsx scripts/build.ts [--no-e2e] [--quiet]
 */
import { build as esbuild, type BuildOptions, type Metafile } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLocales } from './lib/locales';
import { manifestFor, type Browser, type Manifest } from './lib/manifest';
import { STATE_TIMING } from '../popup/state-timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BROWSERS: Browser[] = ['chrome', 'firefox'];

/**
 * Self-contained bundles (classic scripts): output path inside the extension -> entry file.
 * Each page is one file, export formats and import planning included: every file an extension
 * page loads cost 20-80 ms here whatever its size (the library's script started 110-150 ms
 * after its HTML, loading 9 shared chunks), while parsing the extra ~150 KB costs a few ms (V8
 * compiles functions when they first run). Code splitting saves bytes over a network; an
 * extension reads its files from disk, and they are not shared between pages in memory.
 */
export const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  annotate: 'src/content/annotate/index.ts',
  'popup/popup': 'popup/main.tsx',
  'popup/library': 'popup/library/main.tsx',
  'popup/article': 'popup/article/main.tsx',
  'popup/entity': 'popup/entity/main.tsx',
  // The library's export zips in a worker.
  'popup/zip-worker': 'popup/library/zip-worker.ts',
};
/** Files copied as they are. */
const STATIC = ['icons'];

/** Extension pages: each is one bundle (ENTRIES) with its stylesheet, in the same shell. */
const PAGES: Record<string, string> = { 'popup/index.html': 'popup', 'popup/library.html': 'library', 'popup/article.html': 'article', 'popup/entity.html': 'entity' };

/**
 * A page's HTML with its stylesheet inside, for the same reason as one script per page (one
 * file fewer to load). Extension pages forbid inline scripts, not inline styles, and url()s
 * resolve the same from popup/ as from the stylesheet beside it.
 */
function pageShell(bundle: string, css: string): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Dossier</title>
<style>
${css}</style>
</head>
<body>
<div id="app"></div>
<script src="${bundle}.js"></script>
</body>
</html>
`;
}

/** Minified size in bytes of each bundle, keyed by output path. */
export type BundleSizes = Record<string, number>;

async function bundle(outDir: string, browser: Browser, e2e: boolean, entries: Record<string, string>): Promise<Metafile> {
  const options: BuildOptions = {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, join(ROOT, src)])),
    outdir: outDir,
    bundle: true,
    // DOSSIER_NO_MINIFY=1 keeps names readable for profiling.
    minify: !process.env.DOSSIER_NO_MINIFY,
    format: 'iife',
    target: ['chrome121', 'firefox142'],
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __DOSSIER_E2E__: String(e2e), __DOSSIER_BROWSER__: JSON.stringify(browser) },
  };
  return (await esbuild(options)).metafile!;
}

function zipDir(dir: string, zipPath: string): void {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

/**
 * Test builds only: the emptiest extension page that draws something, one line of script as
 * its own file (MV3 allows no inline script). The popup benchmark opens it beside the popup:
 * what any extension page costs to show on this machine, measured in the same run.
 */
function writeBenchBlankPage(outDir: string): void {
  writeFileSync(join(outDir, 'popup', 'bench-blank.html'), `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Dossier</title>\n</head>\n<body>\n<div id="app" elementtiming="${STATE_TIMING}"></div>\n<script src="bench-blank.js"></script>\n</body>\n</html>\n`);
  writeFileSync(join(outDir, 'popup', 'bench-blank.js'), "document.getElementById('app').textContent = 'Dossier';\n");
}

/** Build one browser's extension into `outDir`; returns bundle sizes. */
export async function buildOne(browser: Browser, outDir: string, e2e: boolean): Promise<BundleSizes> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const meta = await bundle(outDir, browser, e2e, ENTRIES);
  for (const item of STATIC) cpSync(join(ROOT, item), join(outDir, item), { recursive: true });
  for (const [path, page] of Object.entries(PAGES)) {
    const cssFile = join(outDir, 'popup', `${page}.css`);
    const css = readFileSync(cssFile, 'utf8');
    rmSync(cssFile);
    writeFileSync(join(outDir, path), pageShell(page, css));
  }
  for (const [lang, messages] of Object.entries(mergeLocales(join(ROOT, 'locales')))) {
    mkdirSync(join(outDir, '_locales', lang), { recursive: true });
    writeFileSync(join(outDir, '_locales', lang, 'messages.json'), JSON.stringify(messages, null, 1));
  }
  if (e2e) writeBenchBlankPage(outDir);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifestFor(base, browser, { version: pkg.version, e2e }), null, 2));
  return Object.fromEntries(Object.entries(meta.outputs).map(([path, out]) => [relative(outDir, path), out.bytes]));
}

/** Build everything: release builds and zips, and (unless told not to) the test builds. */
export async function buildAll(options: { e2e?: boolean } = {}): Promise<BundleSizes> {
  const dist = join(ROOT, 'dist');
  let sizes: BundleSizes = {};
  for (const browser of BROWSERS) {
    sizes = await buildOne(browser, join(dist, browser), false);
    zipDir(join(dist, browser), join(dist, `dossier-${browser}.zip`));
    if (options.e2e !== false) await buildOne(browser, join(dist, 'e2e', browser), true);
  }
  writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes, null, 2));
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildAll({ e2e: !process.argv.includes('--no-e2e') });
  if (!process.argv.includes('--quiet')) {
    for (const [file, bytes] of Object.entries(sizes)) console.log(`${file.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
    console.log('Built dist/chrome, dist/firefox (+ zips) and dist/e2e/{chrome,firefox}.');
  }
}
