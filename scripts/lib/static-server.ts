/**
 * A minimal static file server for the end-to-end tests (every build they use: tests/e2e/serve.ts)
 * and for tools that read a build without `astro preview`, which runs once per project (`npm run
 * build:pdf` may run while `npm start` serves): serves `root` under `prefix` on a free loopback port, with
 * `index.html` for folders and `404.html` (status 404) for anything missing. Text files go out
 * gzipped to a client that accepts it, as the public host (GitHub Pages) sends them, so that what
 * Lighthouse and the benchmarks measure is the weight a reader downloads.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Extensions sent gzipped when the request accepts gzip: the text formats (PNG and PDF are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.wasm',
  '.ics',
]);

/** A running static server: its origin (`http://127.0.0.1:<port>`) and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` under `prefix` on a free port. */
export function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  return serveStaticOn(root, prefix, 0);
}

/** Serves `root` under `prefix` on `port` (0: any free port). */
export async function serveStaticOn(root: string, prefix: string, port: number): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status = 200) => {
      const body = await readFile(file); // before the headers: a missing file must still get a 404
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gzipSync(body) : body);
    };
    try {
      if (!path.startsWith(prefix)) throw new Error('outside the prefix');
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(normalize(root))) throw new Error('outside the root');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      await send(file);
    } catch {
      await send(join(root, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return { origin: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
