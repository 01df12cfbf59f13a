// The classroom's pages over HTTP: the host view and the student page, from a vite build or vite itself.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The two pages, as vite inputs (paths from the project root). */
export const PAGES: Record<string, string> = {
  '/host': 'src/studio/classroom/host.html',
  '/join': 'src/classroom/student.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Routes the two page paths (and `/`, to the student page) to their files; other paths pass as they are. */
function route(url: string): string {
  const path = url.split(/[?#]/)[0];
  if (path === '/' || path === '') return `/${PAGES['/join']}`;
  return PAGES[path] ? `/${PAGES[path]}` : path;
}

/** Serves a `vite build` output folder (built with both pages as inputs): read-only, nothing outside it. */
export function staticPages(dir: string): PageHandler {
  const root = resolve(dir);
  return (req, res) => {
    const rel = decodeURIComponent(route(req.url ?? '/'));
    const file = normalize(join(root, rel));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found\n');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', extname(file) === '.html' ? 'no-cache' : 'max-age=3600');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}

/**
 * vite in middleware mode, from a checkout (`npm ci` installs it): pages compiled on request, no
 * build step. Imported by a name held in a variable, so that the CLI's bundle leaves vite out.
 */
export async function vitePages(projectRoot: string): Promise<{ handler: PageHandler; close: () => Promise<void> }> {
  const name = 'vite';
  const vite = (await import(/* @vite-ignore */ name)) as typeof import('vite');
  const server = await vite.createServer({ root: projectRoot, logLevel: 'warn', server: { middlewareMode: true, hmr: false }, appType: 'mpa' });
  return {
    handler: (req, res) => {
      req.url = route(req.url ?? '/');
      server.middlewares(req, res, () => {
        res.statusCode = 404;
        res.end('not found\n');
      });
    },
    close: () => server.close(),
  };
}
