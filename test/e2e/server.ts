// The built studio served on a free localhost port: `vite build` then `vite preview`, as a user would deploy it.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(root, 'node_modules/.cache/murmur-studio-e2e');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

export async function serveStudio(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ root, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((ok) => server.httpServer.close(() => ok())) };
}
