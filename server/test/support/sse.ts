export interface ServerEvent {
  event: string;
  // The event's JSON payload, checked by each test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

/**
 * A minimal SSE reader over fetch, for tests: resolves once the server has
 * said `: connected` (the subscription is in place), then hands out events
 * in order with `next()`.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  next(timeoutMs?: number): Promise<ServerEvent>;
  comments: string[];
  close(): void;
}> {
  const controller = new AbortController();
  const response = await fetch(url, {signal: controller.signal, headers});
  if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: ServerEvent[] = [];
  const comments: string[] = [];
  const waiters: ((event: ServerEvent) => void)[] = [];
  let buffer = '';
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));

  void (async () => {
    try {
      for (;;) {
        const {value, done} = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          handle(block);
        }
      }
    } catch {
      // Aborted by close().
    }
  })();

  function handle(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        comments.push(line.slice(1).trim());
        if (line.startsWith(': connected')) connected();
      } else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    const parsed = {event, data: JSON.parse(data.join('\n'))};
    const waiter = waiters.shift();
    if (waiter) waiter(parsed);
    else queue.push(parsed);
  }

  await ready;
  return {
    comments,
    next(timeoutMs = 5000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(done), 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (event: ServerEvent) => {
          clearTimeout(timer);
          resolve(event);
        };
        waiters.push(done);
      });
    },
    close: () => controller.abort(),
  };
}
