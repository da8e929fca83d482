/**
 * The export worker: deflates exported files off the page's thread, so one format's files are
 * compressed while the page writes the next format (a 1,000-clip export spent as long zipping
 * as writing), and writes whole formats that need no DOM (everything but the HTML report)
 * while the page writes the report. The page assembles the zip container from what comes back.
 */
/// <reference lib="webworker" />
import { exportAll } from '../../src/core/export';
import { packFiles } from '../../src/core/export/zip-native';
import type { FormatsJob, PackedEntry, ZipJob, ZipReply } from './zip-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The packed bytes in a buffer of their own, so it can be transferred without copying the rest. */
const own = (data: Uint8Array): Uint8Array => (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice());

const transferable = (entries: PackedEntry[]): PackedEntry[] => entries.map((e) => ({ path: e.path, packed: { ...e.packed, data: own(e.packed.data) } }));

/** Write the formats one after the other, deflating each one's files while the next is written. */
async function writeFormats({ id, backup, formats, locale }: FormatsJob): Promise<PackedEntry[][]> {
  const packing: Array<Promise<PackedEntry[]>> = [];
  let done = 0;
  let told = 0;
  await exportAll(backup, formats, {
    locale,
    folders: true,
    // No page to keep alive here; progress goes out every 50 steps.
    yieldNow: () => Promise.resolve(),
    onProgress: () => {
      if (++done - told >= 50) scope.postMessage({ id, progress: (told = done) } satisfies ZipReply);
    },
    onFiles: (files) => packing.push(packFiles(files).then(transferable)),
  });
  scope.postMessage({ id, progress: done } satisfies ZipReply);
  return Promise.all(packing);
}

scope.onmessage = async (event: MessageEvent<ZipJob>) => {
  const job = event.data;
  try {
    if ('formats' in job) {
      const byFormat = await writeFormats(job);
      scope.postMessage({ id: job.id, byFormat } satisfies ZipReply, byFormat.flat().map((e) => e.packed.data.buffer as ArrayBuffer));
    } else {
      const entries = transferable(await packFiles(job.files));
      scope.postMessage({ id: job.id, entries } satisfies ZipReply, entries.map((e) => e.packed.data.buffer as ArrayBuffer));
    }
  } catch (error) {
    scope.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies ZipReply);
  }
};
