/** Library page entry. */
import { render } from 'preact';
import { Library } from './Library';
import { startFirstPage } from './use-library';
import { setDocumentLanguage } from '../ui';
import './library.css';

/**
 * How long the first render waits for the first page of clips. Drawing the empty page first
 * kept the main thread busy (~70 ms of render, style and layout here) while IndexedDB's
 * answers, which take 15-30 ms, waited behind it; past this, the page is drawn with a loading
 * line and the clips follow.
 */
const FIRST_PAGE_WAIT_MS = 120;

performance.mark('dossier-script');
const firstPage = startFirstPage();
setDocumentLanguage();
document.title = 'Dossier';
void Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]).then(() =>
  render(<Library />, document.getElementById('app')!),
);

// Benchmarks drive the page through these; esbuild drops them from release builds.
if (__DOSSIER_E2E__) void import('./bench-hooks').then((m) => ((globalThis as Record<string, unknown>).__dossierBench = m.benchHooks));
