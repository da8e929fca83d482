/**
 * Zipping an export while it is written, in export workers (zip-worker.ts). Files the page
 * writes go to a worker as soon as they exist (`add`); whole formats that need no DOM are
 * written and deflated in a worker of their own (`addFormats`) while the page writes the HTML
 * report. `finish` wraps everything into the zip, in the order added. Where a worker cannot
 * start or fails, the work is done on the page instead: slower, never lost.
 */
import type { Backup } from '../../src/core/backup';
import { exportAll, type ExportFile, type ExportFormat, type ExportLocale } from '../../src/core/export';
import { assembleZip, packFiles } from '../../src/core/export/zip-native';
import type { ZipOptions } from '../../src/core/export/zip';
import type { PackedEntry, ZipJob, ZipReply } from './zip-protocol';

/** One worker and the jobs it has yet to answer. */
class ExportWorker {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { done: (reply: ZipReply) => void; progress?: (steps: number) => void }>();

  constructor(url: string) {
    try {
      this.worker = new Worker(url);
      this.worker.onmessage = (event: MessageEvent<ZipReply>) => {
        const reply = event.data;
        const job = this.waiting.get(reply.id);
        if ('progress' in reply) return job?.progress?.(reply.progress);
        this.waiting.delete(reply.id);
        job?.done(reply);
      };
      // A worker that fails to load answers nothing: every job still waiting is done on the page.
      this.worker.onerror = () => this.stop('The export worker stopped.');
    } catch {
      this.worker = null;
    }
  }

  /** The worker's answer, or null when there is no worker (or it failed): then the caller does the job. */
  async run(job: Omit<ZipJob, 'id'>, progress?: (steps: number) => void): Promise<ZipReply | null> {
    const worker = this.worker;
    if (!worker) return null;
    const id = this.next++;
    const reply = await new Promise<ZipReply>((done) => {
      this.waiting.set(id, { done, progress });
      worker.postMessage({ ...job, id } as ZipJob);
    });
    return 'error' in reply ? null : reply;
  }

  stop(error = 'The export was finished.'): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, job] of this.waiting) job.done({ id, error });
    this.waiting.clear();
  }
}

/** What `addFormats` needs to write formats on the page when its worker cannot. */
export type FormatsTask = { backup: Backup; formats: ExportFormat[]; locale: ExportLocale; onProgress: (steps: number) => void };

export class ZipPipeline {
  private readonly workers: ExportWorker[] = [];
  private readonly jobs: Array<Promise<PackedEntry[]>> = [];
  /** Jobs done on the page because their worker could not start or failed (tests read it). */
  onPage = 0;

  constructor(private readonly workerUrl = 'zip-worker.js') {}

  private worker(): ExportWorker {
    const worker = new ExportWorker(this.workerUrl);
    this.workers.push(worker);
    return worker;
  }

  private track(job: Promise<PackedEntry[]>): void {
    // Awaited in `finish`; until then a failure must not surface as an unhandled rejection.
    job.catch(() => undefined);
    this.jobs.push(job);
  }

  /** Start deflating `files` (in the pipeline's first worker). */
  add(files: readonly ExportFile[]): void {
    const worker = this.workers[0] ?? this.worker();
    const job = worker.run({ files: files.map((f) => ({ path: f.path, content: f.content })) }).then((reply) => {
      if (reply && 'entries' in reply) return reply.entries;
      this.onPage++;
      return packFiles(files);
    });
    this.track(job);
  }

  /**
   * Write `formats` (none may need a DOM) and deflate them in a worker of their own; resolves
   * with the number of files once they are written. `onProgress` gets the steps done so far.
   */
  addFormats(task: FormatsTask): Promise<number> {
    const { backup, formats, locale, onProgress } = task;
    const written = this.worker()
      .run({ backup, formats, locale }, onProgress)
      .then(async (reply) => {
        if (reply && 'byFormat' in reply) return reply.byFormat.flat();
        // On the page: the same writers, then the same deflate.
        this.onPage++;
        const files = await exportAll(backup, formats, { locale, folders: true, onProgress: (p) => onProgress(p.done) });
        return packFiles(files);
      });
    this.track(written);
    return written.then((entries) => entries.length);
  }

  /** The zip of every file added, in the order added. */
  async finish(options: ZipOptions = {}): Promise<Blob> {
    try {
      return assembleZip((await Promise.all(this.jobs)).flat(), options);
    } finally {
      for (const worker of this.workers) worker.stop();
    }
  }
}
