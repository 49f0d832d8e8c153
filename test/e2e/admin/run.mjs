#!/usr/bin/env node
// The owner's console end to end (console.e2e.mjs): natter-server on SQLite,
// or on PostgreSQL with NATTER_CONSOLE_DB=postgres; an article page on
// another origin carries the widget.
import {fileURLToPath} from 'node:url';
import {runOnNatterServer} from '../drop-in/natter-server-run.mjs';
import './console.e2e.mjs';

await runOnNatterServer({
  name: 'console',
  database: process.env.NATTER_CONSOLE_DB === 'postgres' ? 'postgres' : 'sqlite',
  siteDir: fileURLToPath(new URL('./site/', import.meta.url)),
  serverArgs: (origin) => ['--moderation', 'first-time', '--origins', origin, '--min-fill-ms', '0'],
});
