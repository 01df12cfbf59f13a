// The classroom's HTTP side: the pages served cross-origin isolated, and the address a class is told to open.
import { createServer, type Server } from 'node:http';
import { lanAddress } from './lanAddress';
import type { PageHandler } from './pages';

/** Cross-origin isolation, as the studio is served (vite.config.ts). */
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** An HTTP server for the pages (none: every request is told so with a 404). */
export function pageServer(pages: PageHandler | undefined): Server {
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(ISOLATION)) res.setHeader(k, v);
    if (pages) pages(req, res);
    else {
      res.statusCode = 404;
      res.end('no pages are served by this session\n');
    }
  });
}

/**
 * Binds the server and returns its base URL as a student would type it: the LAN address when bound
 * to every interface, since 0.0.0.0 is no address to open.
 */
export async function listenAt(http: Server, bind: string, port: number): Promise<string> {
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(port, bind, () => ok());
  });
  const bound = (http.address() as { port: number }).port;
  const shown = bind === '127.0.0.1' || bind === 'localhost' ? '127.0.0.1' : bind === '0.0.0.0' || bind === '::' ? lanAddress() : bind;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${bound}`;
}
