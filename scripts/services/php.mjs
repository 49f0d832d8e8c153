// PHP is a program, not a server: "starting" it finds the binary, so a suite
// that needs it fails loudly when it is missing rather than skipping.
import {inPath} from '../lib/prerequisites.mjs';

export async function start() {
  const php = inPath('php');
  if (!php) throw new Error('php is not installed (apt-get install php-cli)');
  return {env: {NATTER_PHP: php}, stop: async () => {}};
}
