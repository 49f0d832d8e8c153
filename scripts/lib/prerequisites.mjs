// What the selected test suites need from the machine beyond node_modules:
// Chromium for browser suites, PostgreSQL's server binaries and a WordPress
// site (WordPress, PHP, MariaDB) for the suites that start them. As root with
// apt-get, what is missing is installed; otherwise the run stops before any
// suite starts, with the one command that installs it.
import {spawnSync} from 'node:child_process';
import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findPostgresBin} from '../services/postgres.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The first folder of PATH holding `name`, or undefined. */
export function inPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function postgresPresent() {
  try {
    return Boolean(findPostgresBin());
  } catch {
    return false;
  }
}

/** The same test as scripts/wordpress/install.sh, without running bash. */
function wordpressPresent() {
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) return false;
  const themes = '/usr/share/wordpress/wp-content/themes/';
  if (!existsSync(`${themes}twentytwentythree/theme.json`)) return false;
  if (!existsSync(`${themes}twentytwentyone/comments.php`)) return false;
  const php = inPath('php');
  if (!php || !(inPath('mariadbd') || existsSync('/usr/sbin/mariadbd'))) return false;
  if (!inPath('mariadb-install-db') && !inPath('mysql_install_db')) return false;
  const modules = spawnSync(php, ['-m'], {encoding: 'utf8'});
  return /^mysqli$/im.test(modules.stdout ?? '');
}

/** Each requirement: what it is, how to tell it is there, how to install it. */
export const requirements = {
  chromium: {
    what: `Chromium (${chromiumPath})`,
    present: () => existsSync(chromiumPath),
    apt: ['chromium'],
  },
  postgres: {
    what: 'PostgreSQL server binaries (initdb, pg_ctl)',
    present: postgresPresent,
    apt: ['postgresql'],
  },
  wordpress: {
    what: 'WordPress, PHP and MariaDB',
    present: wordpressPresent,
    script: 'scripts/wordpress/install.sh',
  },
  php: {
    what: 'PHP (the php command)',
    present: () => Boolean(inPath('php')),
    apt: ['php-cli'],
  },
};

/** The requirement names `suites` need, in a stable order. */
export function neededBy(suites) {
  const names = new Set();
  for (const suite of suites) {
    if (suite.browser) names.add('chromium');
    for (const need of suite.needs ?? []) if (requirements[need]) names.add(need);
  }
  return Object.keys(requirements).filter((name) => names.has(name));
}

/** The requirement names `suites` need that are missing. */
export function missingFor(suites, table = requirements) {
  return neededBy(suites).filter((name) => !table[name].present());
}

/**
 * The message for a machine that lacks `missing` and may not install:
 * what is missing, then one command that installs it.
 */
export function missingMessage(missing, {suiteNames = [], isRoot = false, table = requirements}) {
  const lines = missing.map((name) => `  - ${table[name].what}`);
  const command = [
    isRoot ? '' : 'sudo ',
    process.execPath,
    ' scripts/install-test-tools.mjs',
    ...suiteNames.map((name) => ` ${name}`),
  ].join('');
  return [
    'The selected test suites need software this machine does not have:',
    ...lines,
    'Install it (Debian or Ubuntu, with apt-get) by running this in the project folder:',
    `  ${command}`,
    'then run the tests again.',
  ].join('\n');
}

/** Whether this process may install packages: root, apt-get, and not turned off. */
export function canInstall(env = process.env) {
  if (env.NATTER_INSTALL === '0') return false;
  if (process.getuid?.() !== 0) return false;
  return Boolean(inPath('apt-get', env));
}

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, {stdio: 'inherit', cwd: root, env: {...process.env, ...env}});
  if (result.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed`);
}

/**
 * Installs `missing` with apt-get (and install.sh for WordPress). Packages
 * that bring a service (PostgreSQL) must not start it: the tests run their
 * own private servers, so a policy-rc.d that refuses starts is in place
 * while apt-get runs, unless the machine already has one.
 */
export function install(missing) {
  const env = {DEBIAN_FRONTEND: 'noninteractive'};
  const packages = missing.flatMap((name) => requirements[name].apt ?? []);
  if (packages.length) {
    const guard = '/usr/sbin/policy-rc.d';
    const placed = !existsSync(guard);
    if (placed) writeFileSync(guard, '#!/bin/sh\nexit 101\n', {mode: 0o755});
    try {
      console.log(`Installing ${packages.join(', ')} with apt-get…`);
      run('apt-get', ['update', '-qq'], env);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], env);
    } finally {
      if (placed) rmSync(guard, {force: true});
    }
  }
  for (const name of missing) {
    const script = requirements[name].script;
    if (script) {
      console.log(`Installing ${requirements[name].what} with ${script}…`);
      run('bash', [script], env);
    }
  }
  const still = missing.filter((name) => !requirements[name].present());
  if (still.length) {
    const what = still.map((name) => requirements[name].what).join(', ');
    throw new Error(`Still missing after installing: ${what}. See the output above.`);
  }
}
