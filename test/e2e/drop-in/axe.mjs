// axe-core on a page of the built bundle. axe comes from node_modules and is
// added to the page by the test, never by the page itself.
import {createRequire} from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe's violations on the whole page, one line each, and how many nodes
 * inside `host` (a selector of the element whose shadow tree is meant) axe
 * judged for colour contrast: none would make a clean result mean nothing.
 */
export async function axeOn(page, host = 'natter-comments') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({path: axePath});
  return page.evaluate(async (host) => {
    const result = await window.axe.run(document);
    const contrast = [...result.passes, ...result.violations].find(
      (r) => r.id === 'color-contrast',
    );
    const inHost = (node) => {
      const first = node.target[0];
      return Array.isArray(first) && document.querySelector(first[0])?.matches(host);
    };
    return {
      found: result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
      contrastChecked: (contrast?.nodes ?? []).filter(inHost).length,
    };
  }, host);
}
