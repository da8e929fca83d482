/**
 * The zip worker: deflates exported files off the page's thread, so one format's files are
 * compressed while the page writes the next format (a 1,000-clip export spent as long zipping
 * as writing). The page assembles the zip container from what comes back.
 */
/// <reference lib="webworker" />
import { packFiles } from '../../src/core/export/zip-native';
import type { ZipJob, ZipReply } from './zip-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The packed bytes in a buffer of their own, so it can be transferred without copying the rest. */
const own = (data: Uint8Array): Uint8Array => (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice());

scope.onmessage = async (event: MessageEvent<ZipJob>) => {
  const { id, files } = event.data;
  try {
    const entries = (await packFiles(files)).map((e) => ({ path: e.path, packed: { ...e.packed, data: own(e.packed.data) } }));
    const reply: ZipReply = { id, entries };
    scope.postMessage(reply, entries.map((e) => e.packed.data.buffer as ArrayBuffer));
  } catch (error) {
    const reply: ZipReply = { id, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(reply);
  }
};
