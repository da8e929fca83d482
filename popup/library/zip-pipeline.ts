/**
 * Zipping an export while it is written: each format's files go to the zip worker as soon as
 * they exist, and `finish` wraps what comes back into the zip. Where a worker cannot start (or
 * fails), the files are deflated on the page instead: slower, never lost.
 */
import { assembleZip, packFiles, type Packed } from '../../src/core/export/zip-native';
import type { ExportFile } from '../../src/core/export';
import type { ZipOptions } from '../../src/core/export/zip';
import type { ZipJob, ZipReply } from './zip-protocol';

type Entry = { path: string; packed: Packed };

export class ZipPipeline {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, (reply: ZipReply) => void>();
  private readonly jobs: Array<Promise<Entry[]>> = [];

  constructor(workerUrl = 'zip-worker.js') {
    try {
      this.worker = new Worker(workerUrl);
      this.worker.onmessage = (event: MessageEvent<ZipReply>) => {
        this.waiting.get(event.data.id)?.(event.data);
        this.waiting.delete(event.data.id);
      };
      // A worker that fails to load answers nothing: every job still waiting is done here.
      this.worker.onerror = () => {
        this.worker = null;
        for (const [id, resolve] of this.waiting) resolve({ id, error: 'The zip worker stopped.' });
        this.waiting.clear();
      };
    } catch {
      this.worker = null;
    }
  }

  /** Start deflating `files`. */
  add(files: readonly ExportFile[]): void {
    const job = this.viaWorker(files);
    // Awaited in `finish`; until then a failure must not surface as an unhandled rejection.
    job.catch(() => undefined);
    this.jobs.push(job);
  }

  private async viaWorker(files: readonly ExportFile[]): Promise<Entry[]> {
    const worker = this.worker;
    if (!worker) return packFiles(files);
    const id = this.next++;
    const reply = await new Promise<ZipReply>((resolve) => {
      this.waiting.set(id, resolve);
      const job: ZipJob = { id, files: files.map((f) => ({ path: f.path, content: f.content })) };
      worker.postMessage(job);
    });
    return 'entries' in reply ? reply.entries : packFiles(files);
  }

  /** The zip of every file added, in the order added. */
  async finish(options: ZipOptions = {}): Promise<Blob> {
    try {
      return assembleZip((await Promise.all(this.jobs)).flat(), options);
    } finally {
      this.worker?.terminate();
    }
  }
}
