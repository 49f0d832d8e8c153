import net from 'node:net';

/**
 * Sends one HTTP/1.1 request byte for byte, for what fetch refuses to send
 * (a NUL in a header, bytes that are not UTF-8). Resolves with the status
 * code and the response body as text.
 */
export function rawRequest(
  port: number,
  request: {method: string; path: string; headers?: string[]; body?: Buffer | string},
): Promise<{status: number; body: string}> {
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...(body ? [`Content-Length: ${body.length}`] : []),
    ...(request.headers ?? []),
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body ?? Buffer.alloc(0)]),
      );
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf('\r\n\r\n');
      resolve({status, body: split === -1 ? '' : text.slice(split + 4)});
    });
  });
}
