#!/usr/bin/env node
// The server is written in TypeScript and run through tsx, so a fresh clone
// needs no build step: `npx natter-server --help`.
import {register} from 'tsx/esm/api';

register();
await import('../src/cli.ts');
