// The conformance suite in Chromium: `npx wtr` in this folder.
// The config starts the API servers and hands their addresses to the test
// page in a global, written into the page that runs the tests.
import {fileURLToPath} from 'node:url';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {startServer} from './server.js';

const open = await startServer();
const moderated = await startServer({moderation: 'all'});
const servers = JSON.stringify({open: open.url, moderated: moderated.url});

export default {
  files: [fileURLToPath(new URL('test/browser.test.js', import.meta.url))],
  // Resolves `import ... from 'natter'` from node_modules.
  nodeResolve: true,
  testFramework: {config: {timeout: 10_000}},
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>globalThis.JSON_API_SERVERS = ${servers};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  plugins: [
    {name: 'json-api-servers', serverStop: () => Promise.all([open.close(), moderated.close()])},
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        // Playwright's own Chromium unless CHROMIUM_PATH names another one.
        executablePath: process.env.CHROMIUM_PATH,
        // Chromium's sandbox does not start as root, as in many CI containers.
        args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
      },
    }),
  ],
};
