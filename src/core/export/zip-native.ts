/**
 * Zipping with the browser's own deflate for the large files: fflate's deflate is JavaScript
 * and took ~3 s of the 1,000-clip export in Chromium; native zlib takes a fraction of that.
 * Large files go through CompressionStream("gzip"), whose member is a 10-byte header, the raw
 * deflate stream, then the CRC-32 and the size: all a zip entry needs, the checksum computed
 * natively too. Small files are cheaper in JavaScript (see NATIVE_FROM_BYTES), and so is
 * everything where CompressionStream is missing. fflate cannot wrap data compressed elsewhere,
 * so the zip container (local headers, central directory, end record; UTF-8 names, no zip64)
 * is written here.
 */
import { deflateSync } from 'fflate';
import type { ZipOptions } from './zip';
import type { ExportFile } from './types';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip and gzip checksum) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One file deflated: the raw stream, its CRC-32 and its uncompressed size. */
export type Packed = { data: Uint8Array; crc: number; size: number };

const GZIP_FLAGS = 3;

/** Gzip `bytes` natively and take the gzip member apart. */
async function packNative(bytes: Uint8Array): Promise<Packed> {
  // Writing the bytes straight into the stream is twice as fast as reading them from a Blob.
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  void writer.write(bytes as BufferSource);
  void writer.close();
  const gz = new Uint8Array(await new Response(gzip.readable).arrayBuffer());
  const tail = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 8);
  // Header fields (name, comment, extra) would shift the stream: the browsers write none, and
  // a header with any of them is refused rather than misread.
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[GZIP_FLAGS] !== 0) throw new Error('Unexpected gzip header from CompressionStream.');
  return { data: gz.subarray(10, gz.length - 8), crc: tail.getUint32(0, true), size: tail.getUint32(4, true) };
}

/**
 * Each trip through a CompressionStream costs 3-6 ms of stream plumbing whatever the size: for
 * the thousand ~12 KB Markdown files of a 1,000-clip export that was most of the zip's time.
 * Files under this size are deflated in JavaScript (fflate, synchronous), the rest natively.
 */
const NATIVE_FROM_BYTES = 256 * 1024;

/** Deflate one file's content for a zip entry (works in a page and in a worker). */
export function packFile(content: string | Uint8Array, encoder = new TextEncoder()): Packed | Promise<Packed> {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  if (bytes.length >= NATIVE_FROM_BYTES && typeof CompressionStream !== 'undefined') return packNative(bytes);
  return { data: deflateSync(bytes, { level: 1 }), crc: crc32(bytes), size: bytes.length };
}

const PACK_CONCURRENCY = 16;

/** `fn` over `items` with at most `limit` promises pending, results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Deflate every file for the zip, several at once: its entries, in order. */
export async function packFiles(files: ReadonlyArray<Pick<ExportFile, 'path' | 'content'>>): Promise<Array<{ path: string; packed: Packed }>> {
  const encoder = new TextEncoder();
  // A thousand small Markdown files spend more time in stream plumbing than in zlib: several
  // in flight at once keep the compressor busy while others wait on their promises.
  return mapLimit(files, PACK_CONCURRENCY, async (file) => ({ path: file.path, packed: await packFile(file.content, encoder) }));
}

/** A zip of `files` as a Blob (no copy of the whole archive is made), compressed natively. */
export async function zipBlobNative(files: readonly ExportFile[], options: ZipOptions = {}): Promise<Blob> {
  return assembleZip(await packFiles(files), options);
}

/** Paths must be unique and few enough for a zip without zip64. */
function checkNames(paths: readonly string[]): void {
  if (paths.length > 0xffff) throw new Error('The export has more than 65,535 files, more than a zip without zip64 holds; export fewer clips at once.');
  const names = new Set<string>();
  for (const path of paths) {
    if (names.has(path)) throw new Error(`Two exported files are both named ${path}.`);
    names.add(path);
  }
}

/** The zip container around entries already deflated (by `packFile`, here or in a worker). */
export function assembleZip(entries: ReadonlyArray<{ path: string; packed: Packed }>, options: ZipOptions = {}): Blob {
  checkNames(entries.map((e) => e.path));
  const encoder = new TextEncoder();
  const when = dosTime(new Date(options.mtime ?? '2000-01-01T00:00:00Z'));
  const parts: BlobPart[] = [];
  const central: BlobPart[] = [];
  let offset = 0;
  for (const { path, packed } of entries) {
    const name = encoder.encode(path);
    const { data, crc, size } = packed;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed: 2.0
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, 8, true); // deflate
    local.setUint16(10, when.time, true);
    local.setUint16(12, when.date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    parts.push(local.buffer, name as BlobPart, data as BlobPart);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, 8, true);
    entry.setUint16(12, when.time, true);
    entry.setUint16(14, when.date, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(entry.buffer, name as BlobPart);
    offset += 30 + name.length + data.length;
    if (offset > 0xffffffff) throw new Error('The export is larger than 4 GiB, more than a zip without zip64 holds; export fewer clips at once.');
  }
  const centralSize = central.reduce((n, p) => n + (p as ArrayBuffer | Uint8Array).byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, end.buffer], { type: 'application/zip' });
}

/** The same zip as bytes (for tests and the command line). */
export async function zipFilesNative(files: readonly ExportFile[], options: ZipOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await (await zipBlobNative(files, options)).arrayBuffer());
}
