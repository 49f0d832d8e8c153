import type {AddressInfo} from 'node:net';
import type {Server} from 'node:http';
import {serve} from '@hono/node-server';
import {createCommentsApp, type CommentsApp} from './app.js';
import type {CommentsAppOptions} from './options.js';

export interface ServerOptions extends CommentsAppOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  comments: CommentsApp;
  close(): Promise<void>;
}

/** Starts the comments server on Node's HTTP server. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const comments = await createCommentsApp(options);
  const host = options.host ?? '127.0.0.1';
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const started = serve(
        {fetch: comments.fetch, port: options.port ?? 8787, hostname: host},
        () => resolve(started as Server),
      ) as Server;
      started.once('error', reject);
    });
  } catch (error) {
    await comments.close();
    throw error;
  }
  const {port} = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    comments,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams never end on their own; cut them so close() returns.
        server.closeAllConnections();
      });
      await comments.close();
    },
  };
}
