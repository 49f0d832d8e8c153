#!/usr/bin/env node
// The installed package runs its compiled JavaScript (dist/). A checkout of
// the repository also has src/ next to it: there the TypeScript runs through
// tsx (a development dependency of the repository), so edits need no build.
import {existsSync} from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);
const compiled = new URL('../dist/cli.js', import.meta.url);

if (existsSync(source)) {
  const {register} = await import('tsx/esm/api');
  register();
  await import(source.href);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  console.error(
    'natter-server: dist/ is missing. Run "npm run build" in the natter-server package.',
  );
  process.exit(1);
}
