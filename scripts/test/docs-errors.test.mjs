// The validation fields an adapter may name are listed twice, in the adapter
// guide and in the HTTP protocol. The two lists must be one list, and every
// field the reference server refuses by name must be on it.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

/** The backticked names in the table row that starts with `| <first> |` and mentions `validation`. */
function fieldsOf(doc, first) {
  const row = doc.split('\n').find((line) => line.startsWith(`| ${first} |`));
  assert.ok(row, `a table row starting with ${first}`);
  const list = row.slice(row.indexOf('field'));
  return [...list.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]).filter((f) => f !== 'field');
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('the adapter guide and the protocol list the same validation fields', () => {
  const guide = fieldsOf(read('docs/adapters.md'), '`validation`');
  // The protocol adds `status`, a filter of the admin list no adapter sends.
  const protocol = fieldsOf(read('docs/protocol.md'), '400').filter((f) => f !== 'status');
  assert.deepEqual(guide, protocol);
  const named = new Set();
  for (const file of sources(join(root, 'server/src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/validationError\(\s*'(\w+)'/g)) {
      named.add(m[1]);
    }
  }
  named.delete('status');
  assert.ok(named.size >= 8, `found the server's fields: ${[...named]}`);
  assert.deepEqual(
    [...named].filter((f) => !guide.includes(f)),
    [],
    'fields missing from the docs',
  );
});
