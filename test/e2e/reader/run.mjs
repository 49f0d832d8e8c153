#!/usr/bin/env node
// A reader's own doings end to end (reader.e2e.mjs): the built widget on an
// article page, natter-server on SQLite, or on PostgreSQL with
// NATTER_READER_DB=postgres.
import {fileURLToPath} from 'node:url';
import {runOnNatterServer} from '../drop-in/natter-server-run.mjs';
import './reader.e2e.mjs';

await runOnNatterServer({
  name: 'reader',
  database: process.env.NATTER_READER_DB === 'postgres' ? 'postgres' : 'sqlite',
  siteDir: fileURLToPath(new URL('./site/', import.meta.url)),
  serverArgs: (origin) => ['--origins', origin, '--min-fill-ms', '0'],
});
