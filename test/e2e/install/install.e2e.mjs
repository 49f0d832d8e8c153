// What the installed packages do, in the folder run.mjs installed them into.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from '../../../scripts/lib/pack.mjs';
import {test} from '../drop-in/harness.mjs';
import {run, startServer} from './npm.mjs';

const THREAD = '/installed/';

test('the server package holds compiled JavaScript with types, and no sources', ({serverFiles}) => {
  for (const file of ['bin/natter-server.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts']) {
    assert.ok(serverFiles.includes(file), `${file} is missing from the package`);
  }
  const extra = serverFiles.filter(
    (file) =>
      !/^(bin|dist)\//.test(file) && !['package.json', 'README.md', 'LICENSE'].includes(file),
  );
  assert.deepEqual(extra, [], 'the package holds only bin/, dist/ and its metadata');
  assert.ok(!serverFiles.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')));
});

test('nothing that runs TypeScript is installed', ({site}) => {
  for (const name of ['tsx', 'typescript']) {
    assert.equal(existsSync(join(site, 'node_modules', name)), false, `${name} was installed`);
  }
  assert.ok(existsSync(join(site, 'node_modules', 'natter', 'dist', 'natter.js')));
});

test('npx natter-server serves, stores and lists comments, and serves the widget', async ({
  site,
}) => {
  const server = await startServer(site, ['--database', './natter.db', '--min-fill-ms', '0']);
  try {
    assert.doesNotMatch(server.stderr(), /natter\.js will answer 404/);
    const posted = await fetch(`${server.url}/api/comments`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({
        thread: THREAD,
        parentId: null,
        body: 'Installed from the tarballs.',
        author: {name: 'Owner', email: 'owner@example.com'},
      }),
    });
    assert.equal(posted.status, 201, await posted.clone().text());
    const {comment} = await posted.json();
    const list = await (await fetch(`${server.url}/api/comments?thread=${THREAD}`)).json();
    assert.deepEqual(
      list.comments.map((c) => [c.id, c.body]),
      [[comment.id, 'Installed from the tarballs.']],
    );
    assert.ok(existsSync(join(site, 'natter.db')), 'the database is in the folder it ran in');

    const script = await fetch(`${server.url}/natter.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /javascript/);
    const code = await script.text();
    const chunk = /chunks\/[\w.-]+\.js/.exec(code)?.[0];
    assert.ok(chunk, 'natter.js names a lazy chunk');
    const lazy = await fetch(`${server.url}/${chunk}`);
    assert.equal(lazy.status, 200, `/${chunk}`);
    assert.ok((await lazy.text()).length > 100);
    assert.equal((await fetch(`${server.url}/natter.classic.js`)).status, 200);
  } finally {
    await server.stop();
  }
});

test('--bundle-dir at an empty folder is named in the log and /natter.js answers 404', async ({
  site,
}) => {
  const empty = join(site, 'no-widget');
  mkdirSync(empty, {recursive: true});
  const server = await startServer(site, ['--database', './other.db', '--bundle-dir', empty]);
  try {
    assert.match(
      server.stderr(),
      /natter\.js will answer 404: the bundle folder .*no-widget holds no natter\.js/,
    );
    const response = await fetch(`${server.url}/natter.js`);
    assert.equal(response.status, 404);
    assert.match((await response.json()).error.message, /natter\.js is not available/);
  } finally {
    await server.stop();
  }
});

test('plain Node imports createCommentsApp from the installed package', async ({site}) => {
  const probe = join(site, 'probe.mjs');
  writeFileSync(
    probe,
    `import {createCommentsApp} from 'natter-server';
const comments = await createCommentsApp({database: ':memory:'});
const response = await comments.fetch(new Request('http://localhost/health'));
console.log(JSON.stringify({status: response.status, body: await response.json()}));
await comments.close();
`,
  );
  const result = await run(process.execPath, [probe], {cwd: site});
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), {status: 200, body: {ok: true}});
});

test('TypeScript finds the package types', async ({site}) => {
  const file = join(site, 'check.mts');
  writeFileSync(
    file,
    `import {createCommentsApp, type CommentsApp} from 'natter-server';
const app: Promise<CommentsApp> = createCommentsApp({database: './natter.db'});
// @ts-expect-error an option the server does not have
void createCommentsApp({database: './natter.db', colour: 'blue'});
void app;
`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext'];
  const result = await run(process.execPath, [tsc, ...args, '--target', 'es2022', file], {
    cwd: site,
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
});

test('the backup command works from the installed package', async ({site}) => {
  const result = await run('npx', ['--no-install', 'natter-server', 'backup', 'copy.db'], {
    cwd: site,
  });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /wrote .*copy\.db \(1 comments\)/);
});
