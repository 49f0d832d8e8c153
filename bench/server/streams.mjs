// The live-readers part of bench/server: N event streams held open on one
// thread, on SQLite (one instance) and on PostgreSQL (two instances, the
// streams split between them, the comments posted to the first so the
// relay carries them), then comments posted one after the other. The
// streams are read by the load generator's process; the servers' resident
// memory is read from /proc.
import {execFileSync} from 'node:child_process';

export const TARGET_STREAMS = 10_000;
const TARGET_RSS_MB = 300;
const TARGET_P99_MS = 1000;
const EVENTS = 5;

/**
 * The soft limit on open files must leave room for one socket per stream in
 * the client and in each server. Raises it to the hard limit by running this
 * script again under `ulimit -n`, or explains what to raise.
 * @returns {boolean} true when the caller should stop (this script ran again).
 */
export function ensureOpenFiles(streams) {
  const needed = streams + 1024;
  const limit = (flag) => execFileSync('sh', ['-c', `ulimit ${flag}`], {encoding: 'utf8'}).trim();
  const soft = limit('-Sn');
  if (soft === 'unlimited' || Number(soft) >= needed) return false;
  const hard = limit('-Hn');
  if (hard !== 'unlimited' && Number(hard) < needed) {
    throw new Error(
      `${streams} streams need ${needed} open files per process; the hard limit is ${hard}: ` +
        'raise it (ulimit -Hn, or nofile in /etc/security/limits.conf) or pass a smaller --streams.',
    );
  }
  try {
    execFileSync(
      'sh',
      ['-c', `ulimit -Sn ${needed} && exec "$0" "$@"`, process.execPath, ...process.argv.slice(1)],
      {stdio: 'inherit'},
    );
  } catch (error) {
    process.exitCode = error.status ?? 1;
  }
  return true;
}

/** The targets the scenario runs on: SQLite, and PostgreSQL with two instances. */
export const streamTargets = (targets) =>
  targets.filter((t) => t.name === 'SQLite' || t.name === 'PostgreSQL x2');

/** Runs the scenario on one target through `generate` (the load generator's process). */
export function measureStreams(generate, target, {streams, thread, post}) {
  return generate({
    kind: 'streams',
    urls: target.urls,
    postUrl: target.urls[0],
    pids: target.pids,
    thread,
    streams,
    events: EVENTS,
    post: {...post, thread},
  });
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mb = (bytes) => bytes / 1024 / 1024;
const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(5);

/** Prints one line per target; returns the lines for the targets summary. */
export function printStreams(results, streams) {
  console.log(
    `\none event delivered to ${streams.toLocaleString('en')} open streams ` +
      `(${EVENTS} comments one after another; time from sending the post to each stream; ` +
      'medians over the comments)',
  );
  const checks = [];
  for (const {target, result, error} of results) {
    const name = target.name.padEnd(14);
    if (error) {
      console.log(`  ${name} failed: ${error}`);
      continue;
    }
    const {rssBefore, rssOpen, rssAfter, events} = result;
    const peak = rssOpen.map((open, i) => Math.max(open, rssAfter[i]));
    const perStream = (mb(sum(rssOpen) - sum(rssBefore)) * 1024) / result.streams;
    const pick = (key) => median(events.map((e) => e[key]));
    const [p50, p90, p99, max] = ['p50', 'p90', 'p99', 'max'].map(pick);
    console.log(
      `  ${name} RSS ${rssBefore.map((b) => mb(b).toFixed(0)).join(' + ')} MB before, ` +
        `${rssOpen.map((b) => mb(b).toFixed(0)).join(' + ')} MB open, ` +
        `${rssAfter.map((b) => mb(b).toFixed(0)).join(' + ')} MB after the comments: ` +
        `${perStream.toFixed(1)} KB a stream (opened in ${(result.openMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `  ${''.padEnd(14)} delivery p50 ${ms(p50)} ms  p90 ${ms(p90)} ms  p99 ${ms(p99)} ms  ` +
        `max ${ms(max)} ms  (p99 of each comment: ${events.map((e) => e.p99.toFixed(0)).join(', ')} ms)`,
    );
    if (result.streams < TARGET_STREAMS) continue;
    const instances = target.pids.length;
    if (instances === 1) {
      const rss = mb(peak[0]);
      checks.push(
        `${result.streams} streams on one instance (${target.name}): ${rss.toFixed(0)} MB resident ` +
          `(target under ${TARGET_RSS_MB} MB): ${rss < TARGET_RSS_MB ? 'met' : 'NOT met'}`,
      );
    }
    const where = instances === 1 ? 'one instance' : `${instances} instances`;
    checks.push(
      `p99 delivery to ${result.streams} streams, ${target.name} (${where}): ${p99.toFixed(0)} ms ` +
        `(target under ${TARGET_P99_MS} ms): ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'}`,
    );
  }
  return checks;
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
