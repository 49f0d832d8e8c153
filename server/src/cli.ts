import {resolve} from 'node:path';
import {locateBundle} from './bundle.js';
import {HELP, parseCliOptions} from './cli-options.js';
import {COMMANDS_HELP, isCommand, runCommand} from './commands/run.js';
import {startServer} from './node.js';
import {seedFromFile} from './seed.js';

/** `natter-server`: run a command, or parse options, start, and stop cleanly on Ctrl+C or SIGTERM. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (isCommand(argv[0])) {
    process.exitCode = await runCommand(argv, process.env);
    return;
  }
  let options;
  try {
    options = parseCliOptions(argv, process.env);
  } catch (error) {
    console.error(`natter-server: ${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(HELP + COMMANDS_HELP);
    return;
  }
  if (options.staticDir) options.staticDir = resolve(options.staticDir);
  if (options.bundleDir) options.bundleDir = resolve(options.bundleDir);
  const bundle = locateBundle(options.bundleDir);
  if (bundle.problem) console.warn(`natter-server: /natter.js will answer 404: ${bundle.problem}`);
  const server = await startServer(options);
  if (options.seed) {
    const imported = await seedFromFile(server.comments.services, options.seed);
    if (imported > 0)
      process.stdout.write(`natter-server: imported ${imported} comments from ${options.seed}\n`);
  }
  process.stdout.write(`natter-server: listening on ${server.url}/\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('natter-server: error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('natter-server: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
