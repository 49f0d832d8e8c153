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
//   streams: N open event streams on one thread, then posts; how long each
//            event takes to reach every stream.
import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import http from 'node:http';
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

function openStream(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, {headers: {Accept: 'text/event-stream'}}, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      const stream = {request, buffer: '', waiters: []};
      response.on('data', (chunk) => {
        stream.buffer += chunk;
        if (stream.buffer.includes(': connected')) resolve(stream);
        for (const waiter of [...stream.waiters]) waiter();
      });
    });
    request.on('error', reject);
  });
}

async function runStreams() {
  const target = `${job.url}/api/events?thread=${encodeURIComponent(job.thread)}`;
  const streams = [];
  for (let i = 0; i < job.streams; i += 50) {
    const batch = Math.min(50, job.streams - i);
    streams.push(...(await Promise.all(Array.from({length: batch}, () => openStream(target)))));
  }
  const delays = [];
  const spreads = [];
  for (let k = 0; k < job.events; k++) {
    const body = `Fan-out ${randomUUID()}`;
    const arrived = streams.map(
      (stream) =>
        new Promise((resolve) => {
          const check = () => {
            if (!stream.buffer.includes(body)) return;
            stream.waiters.splice(stream.waiters.indexOf(check), 1);
            resolve(performance.now());
          };
          stream.waiters.push(check);
        }),
    );
    const started = performance.now();
    const response = await fetch(`${job.postUrl ?? job.url}/api/comments`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': randomUUID()},
      body: JSON.stringify({...job.post, body}),
    });
    if (response.status !== 201) throw new Error(`post answered ${response.status}`);
    const times = (await Promise.all(arrived)).map((t) => t - started);
    delays.push(...times);
    spreads.push(Math.max(...times));
  }
  for (const stream of streams) stream.request.destroy();
  delays.sort((a, b) => a - b);
  const at = (q) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))];
  return {p50: at(0.5), p99: at(0.99), all: Math.max(...spreads), deliveries: delays.length};
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
