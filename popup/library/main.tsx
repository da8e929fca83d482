/** Library page entry. */
import { render } from 'preact';
import { Library } from './Library';
import { startFirstPage } from './use-library';
import { setDocumentLanguage } from '../ui';
import './library.css';

performance.mark('dossier-script');
startFirstPage();
setDocumentLanguage();
document.title = 'Dossier';
render(<Library />, document.getElementById('app')!);

// Benchmarks drive the page through these; esbuild drops them from release builds.
if (__DOSSIER_E2E__) void import('./bench-hooks').then((m) => ((globalThis as Record<string, unknown>).__dossierBench = m.benchHooks));
