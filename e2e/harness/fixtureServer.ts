import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves fixed HTML pages (path → document) from 127.0.0.1 on a free port, as a news
 * site would: `text/html; charset=utf-8`; bytes (a segment file) as
 * `application/octet-stream`. Any other path is a 404.
 */
export async function startFixtureServer(
  pages: ReadonlyMap<string, string | Uint8Array>,
): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`No fixture page at ${path}`);
      return;
    }
    const type = typeof html === 'string' ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
