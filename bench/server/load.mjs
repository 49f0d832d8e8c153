#!/usr/bin/env node
// The load generator of bench/server, run as its own process so that it never
// shares a CPU thread with the servers it measures. Reads one job (JSON) from
// argv[2], prints one result (JSON) on stdout.
//   http:    autocannon against one or more base URLs at once (connections
//            split between them), optionally at a fixed overall rate, with a
//            fresh Idempotency-Key and text per request when posting.
//   ab:      ApacheBench, a new connection per request: the one way to load
//            PHP's built-in server (it closes every connection), used for
//            the comparison with WordPress on every side alike.
//   streams: N open event streams on one thread (spread over the instances),
//            then posts; how long each event takes to reach each stream, and
//            the servers' resident memory before and after opening them.
import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {readFileSync} from 'node:fs';
import net from 'node:net';
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);

function cannon(url, connections, rate) {
  const setupRequest = job.post
    ? (request) => {
        const id = randomUUID();
        request.headers = {...request.headers, 'Idempotency-Key': id};
        request.body = JSON.stringify({...job.post, body: `${job.post.body} ${id}`});
        return request;
      }
    : undefined;
  return autocannon({
    url: url + job.path,
    connections,
    duration: job.duration,
    ...(rate ? {overallRate: rate} : {}),
    method: job.method ?? 'GET',
    headers: job.headers ?? {},
    ...(setupRequest ? {requests: [{setupRequest}]} : {}),
  });
}

async function runHttp() {
  const per = Math.max(1, Math.floor(job.connections / job.urls.length));
  const rate = job.rate ? job.rate / job.urls.length : undefined;
  const results = await Promise.all(job.urls.map((url) => cannon(url, per, rate)));
  const total = (pick) => results.reduce((sum, r) => sum + pick(r), 0);
  const statuses = {};
  for (const r of results) {
    for (const [code, n] of Object.entries(r.statusCodeStats ?? {})) {
      statuses[code] = (statuses[code] ?? 0) + n.count;
    }
  }
  return {
    rps: total((r) => r.requests.total) / job.duration,
    // With several instances, the slower instance's percentiles.
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: total((r) => r.errors + r.timeouts),
    statuses,
  };
}

/**
 * One event stream over a bare socket: thousands of them in this process
 * cost less than through node:http, so the client's own work weighs less
 * in the delivery times. The marker searched for is plain ASCII, so the
 * chunked framing around it does not matter.
 */
function openStream(url) {
  const {hostname, port, pathname, search} = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({host: hostname, port: Number(port)});
    const stream = {socket, tail: '', waiting: null};
    let head = '';
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      socket.write(
        `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
          'Accept: text/event-stream\r\n\r\n',
      );
    });
    socket.on('data', (chunk) => {
      if (head !== null) {
        head += chunk;
        const status = head.slice(0, head.indexOf('\r\n'));
        if (status && !status.startsWith('HTTP/1.1 200')) {
          socket.destroy();
          reject(new Error(`stream answered ${status}`));
        } else if (head.includes(': connected')) {
          head = null;
          resolve(stream);
        }
        return;
      }
      // Only the end of the text is kept: enough to find a marker split across two reads.
      const text = stream.tail + chunk;
      stream.tail = text.slice(-200);
      if (stream.waiting?.(text)) stream.waiting = null;
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`stream closed: ${head ?? ''}`)));
  });
}

/** Resident memory of a process, in bytes, from /proc (Linux). */
function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]) * 1024;
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `job.streams` streams spread evenly over `job.urls`, then posts
 * `job.events` comments to `job.postUrl` one after the other; for each, the
 * time from sending the post until each stream has the comment. Reads the
 * servers' resident memory (`job.pids`) before and after opening the streams.
 */
async function post(thread, body) {
  const response = await fetch(`${job.postUrl}/api/comments`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Idempotency-Key': randomUUID()},
    body: JSON.stringify({...job.post, thread, body}),
  });
  if (response.status !== 201) throw new Error(`post answered ${response.status}`);
}

async function runStreams() {
  const targets = job.urls.map(
    (url) => `${url}/api/events?thread=${encodeURIComponent(job.thread)}`,
  );
  const rssBefore = job.pids.map(rss);
  const opening = performance.now();
  const streams = [];
  for (let i = 0; i < job.streams; i += 100) {
    const batch = Array.from({length: Math.min(100, job.streams - i)}, (_, k) =>
      openStream(targets[(i + k) % targets.length]),
    );
    streams.push(...(await Promise.all(batch)));
  }
  const openMs = performance.now() - opening;
  // Let the servers finish what opening left behind (garbage, buffers) before reading memory.
  await settle(2000);
  const rssOpen = job.pids.map(rss);
  // This process's fetch loads on first use, and a running server has taken
  // posts before: one post to a thread nobody watches, outside the figures.
  await post(job.thread + '/warm-up', 'Warm-up');
  const events = [];
  for (let k = 0; k < job.events; k++) {
    const body = `Fan-out ${randomUUID()}`;
    const times = new Array(streams.length);
    let left = streams.length;
    let started = 0;
    const all = new Promise((resolve) => {
      streams.forEach((stream, i) => {
        stream.waiting = (text) => {
          if (!text.includes(body)) return false;
          times[i] = performance.now() - started;
          if (--left === 0) resolve();
          return true;
        };
      });
    });
    started = performance.now();
    await post(job.thread, body);
    let timer;
    await Promise.race([
      all,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${left} streams missed an event`)), 60_000);
      }),
    ]).finally(() => clearTimeout(timer));
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    events.push({p50: at(0.5), p90: at(0.9), p99: at(0.99), max: times.at(-1)});
    await settle(200);
  }
  const rssAfter = job.pids.map(rss);
  for (const stream of streams) stream.socket.destroy();
  return {streams: streams.length, openMs, rssBefore, rssOpen, rssAfter, events};
}

function runAb() {
  const out = execFileSync(
    'ab',
    ['-q', '-S', '-c', String(job.connections), '-t', String(job.duration), '-n', '1000000'].concat(
      [job.urls[0] + job.path],
    ),
    {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024},
  );
  const number = (pattern) => Number(pattern.exec(out)?.[1] ?? NaN);
  const done = number(/Complete requests:\s+(\d+)/);
  const failed = number(/Failed requests:\s+(\d+)/);
  const non2xx = number(/Non-2xx responses:\s+(\d+)/) || 0;
  return {
    rps: number(/Requests per second:\s+([\d.]+)/),
    p50: number(/^\s+50%\s+(\d+)/m),
    p99: number(/^\s+99%\s+(\d+)/m),
    errors: failed,
    statuses: {200: done - non2xx, other: non2xx},
  };
}

const runners = {streams: runStreams, ab: runAb, http: runHttp};
const result = await runners[job.kind ?? 'http']();
process.stdout.write(JSON.stringify(result) + '\n');
