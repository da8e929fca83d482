/** A static file server on 127.0.0.1 for seed pages (never an outside address). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
};

/** A running server: its origin, per-path overrides (changed pages in tests), and close. */
export type SeedServer = {
  origin: string;
  /** Serve `body` at `path` instead of the file (or restore the file when body is null). */
  override(path: string, body: string | null, type?: string): void;
  close(): Promise<void>;
};

/** Serve `dir` on an ephemeral port of 127.0.0.1. Unknown files get a 404; images an empty 404 too. */
export async function serveDir(dir: string): Promise<SeedServer> {
  const overrides = new Map<string, { body: string; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = overrides.get(path);
    if (hit) {
      res.writeHead(200, { 'content-type': hit.type });
      res.end(hit.body);
      return;
    }
    if (path === '/__dossier__/open') {
      // The test builds' hook turns this tab into an extension page (see src/background/test-hooks.ts).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>opening</title>');
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    override(path, body, type = 'text/html; charset=utf-8') {
      if (body === null) overrides.delete(path);
      else overrides.set(path, { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
