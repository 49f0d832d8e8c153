#!/usr/bin/env node
// Installs, as root with apt-get, what the test suites need from the machine
// (Chromium, PostgreSQL, WordPress with PHP and MariaDB). With suite names,
// only what those suites need. `npm test` does the same by itself when it
// runs as root; otherwise it prints this command.
import {canInstall, install, missingFor, requirements} from './lib/prerequisites.mjs';
import {suites} from './suites.mjs';

const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Unknown suite: ${unknown.join(', ')}`);
  process.exit(2);
}
const selected = only.length ? suites.filter((s) => only.includes(s.name)) : suites;
const missing = missingFor(selected);
if (!missing.length) {
  console.log('Everything the selected test suites need is installed.');
  process.exit(0);
}
if (!canInstall({...process.env, NATTER_INSTALL: '1'})) {
  const what = missing.map((name) => requirements[name].what).join(', ');
  console.error(`Missing: ${what}. Run this script as root on a machine with apt-get.`);
  process.exit(1);
}
try {
  install(missing);
  console.log('Installed what the selected test suites need.');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
