import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route handler; `hits` counts earlier requests to the same path. */
export type Route = (request: IncomingMessage, response: ServerResponse, hits: number) => void;

/** A real HTTP server on 127.0.0.1 and a free port, with per-path hit counts and the user agents seen. */
export interface TestServer {
  readonly base: string;
  readonly hits: Map<string, number>;
  readonly userAgents: string[];
  close(): Promise<void>;
}

/** Starts a node:http server answering `routes` (404 for anything else). */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const count = hits.get(path) ?? 0;
    hits.set(path, count + 1);
    userAgents.push(String(request.headers['user-agent']));
    const route = routes[path];
    if (route) route(request, response, count);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${String(port)}`,
    hits,
    userAgents,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
