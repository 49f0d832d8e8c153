import http from 'node:http';

// Response bodies are whatever JSON the server sent; tests check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface TimedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Json;
  /** Milliseconds from sending the request to the end of the response. */
  ms: number;
}

/**
 * An HTTP client whose sockets come from one loopback address (127.0.0.2,
 * 127.0.0.3...: Linux routes all of 127/8 to the loopback interface), so the
 * server sees genuinely different client addresses without trusting any
 * header. Connections are kept alive, at most `sockets` at once.
 */
export class AddressClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly baseUrl: string,
    readonly address: string,
    sockets = 8,
  ) {
    this.agent = new http.Agent({keepAlive: true, maxSockets: sockets, localAddress: address});
  }

  get(path: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.send('GET', path, undefined, headers);
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.send('POST', path, JSON.stringify(body), {
      'Content-Type': 'application/json',
      ...headers,
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    method: string,
    path: string,
    payload: string | undefined,
    headers: Record<string, string>,
  ): Promise<TimedResponse> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        new URL(path, this.baseUrl),
        {method, headers, agent: this.agent, timeout: 15_000},
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: Json = text;
            try {
              body = JSON.parse(text);
            } catch {
              // Not JSON: the test sees the text.
            }
            const ms = performance.now() - started;
            resolve({status: response.statusCode ?? 0, headers: response.headers, body, ms});
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`${method} ${path} timed out`)));
      request.on('error', reject);
      request.end(payload);
    });
  }
}

/** Whether this machine lets a socket bind 127.0.0.2 (Linux does; macOS only has 127.0.0.1). */
export async function canUseLoopbackAliases(baseUrl: string): Promise<boolean> {
  const client = new AddressClient(baseUrl, '127.0.0.2', 1);
  try {
    await client.get('/health');
    return true;
  } catch {
    return false;
  } finally {
    client.close();
  }
}
