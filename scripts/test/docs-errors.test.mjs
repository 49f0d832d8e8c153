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
  const reader = new Set();
  const admin = new Set();
  for (const file of sources(join(root, 'server/src'))) {
    // The admin routes' fields are no adapter's business: only the protocol lists them.
    const names = /routes[\\/]admin/.test(file) ? admin : reader;
    for (const m of readFileSync(file, 'utf8').matchAll(/validationError\(\s*'(\w+)'/g)) {
      names.add(m[1]);
    }
  }
  assert.ok(reader.size >= 8, `found the server's fields: ${[...reader]}`);
  assert.ok(admin.size >= 4, `found the admin routes' fields: ${[...admin]}`);
  const protocol = fieldsOf(read('docs/protocol.md'), '400');
  const adminOnly = [...admin].filter((f) => !reader.has(f));
  assert.deepEqual(
    adminOnly.filter((f) => !protocol.includes(f)),
    [],
    'admin fields missing from the protocol',
  );
  assert.deepEqual(
    protocol.filter((f) => !adminOnly.includes(f)),
    guide,
  );
  assert.deepEqual(
    [...reader].filter((f) => !guide.includes(f)),
    [],
    'fields missing from the docs',
  );
});
