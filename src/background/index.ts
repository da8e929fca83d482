/** Background entry: wires listeners; the work is in the modules it imports. */
import browser from '../platform/browser';
import { startAutoRestore } from './auto-restore';
import { handlers } from './handlers';
import { scheduleIndexing } from './indexer';
import { startRouter } from './router';
import { startTestHooks } from './test-hooks';
import { createMenus, startTriggers } from './triggers';

// Listeners are registered synchronously at start-up so that an event can wake the worker.
startRouter(handlers);
startTriggers();
startAutoRestore();
browser.runtime.onInstalled.addListener(createMenus);
// Compiled out of release builds (esbuild folds the constant and drops the call).
if (__DOSSIER_E2E__) startTestHooks();
// Finish indexing that a stopped worker left in the queue.
scheduleIndexing(5_000);
