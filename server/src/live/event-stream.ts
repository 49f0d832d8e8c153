import type {LiveStream} from './sse.js';

/** What an event stream needs of Node's response (`c.env.outgoing` under `@hono/node-server`). */
export interface NodeResponse {
  readonly headersSent: boolean;
  /** True once the client has gone (its `close` event is then past). */
  readonly destroyed?: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * One event stream written straight to Node's response: the socket's own
 * buffer is the queue, so an open stream costs little beyond the connection
 * itself, and a frame costs one socket write. `onEnd` runs once, when the
 * server ends the stream or the client goes away.
 */
export class NodeEventStream implements LiveStream {
  private ended = false;

  constructor(
    private readonly response: NodeResponse,
    headers: Headers,
    private readonly onEnd: () => void,
  ) {
    response.once('close', () => this.finish());
    response.writeHead(200, Object.fromEntries(headers));
  }

  send(frame: Uint8Array): void {
    if (!this.ended) this.response.write(frame);
  }

  close(last?: Uint8Array): void {
    if (this.ended) return;
    this.response.end(last);
    this.finish();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}

/**
 * One event stream as a web `ReadableStream`, for fetch servers other than
 * Node's: a single stream fed the shared frames, without a transform pair
 * or an encoder of its own.
 */
export class WebEventStream implements LiveStream {
  readonly body: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private ended = false;

  constructor(private readonly onEnd: () => void) {
    this.body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => this.finish(),
    });
  }

  send(frame: Uint8Array): void {
    if (!this.ended) this.controller.enqueue(frame);
  }

  close(last?: Uint8Array): void {
    if (this.ended) return;
    if (last) this.controller.enqueue(last);
    this.controller.close();
    this.finish();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}
