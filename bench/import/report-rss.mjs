// Loaded with `node --import` by run.mjs: prints the process's peak resident
// memory (in KiB) as it exits, whatever the command did.
process.on('exit', () => {
  process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
});
