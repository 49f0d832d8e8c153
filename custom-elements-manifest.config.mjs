// The custom elements manifest (dist/custom-elements.json) documents every
// element from its JSDoc for editors, Storybook and framework tooling.

/** `NatterCount` → `natter-count`: the fixed naming of DESIGN.md. */
const tagOf = (className) => className.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Tidies the analyzer's output for the published package:
 * - elements register in src/define.ts through `static define()`, which the
 *   analyzer cannot follow, so a missing tag name comes from the class name;
 * - only `natter-*` events are real (the analyzer also guesses names from
 *   `dispatchEvent(new SomeEvent(arg))` arguments);
 * - module paths point at the built files in dist/, which the package ships,
 *   instead of src/, which it does not.
 */
function publishedManifest() {
  const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const key of ['path', 'module']) {
      if (typeof node[key] === 'string') node[key] = toDist(node[key]);
    }
    if (node.customElement) {
      node.tagName ??= tagOf(node.name);
      if (node.events) node.events = node.events.filter((e) => e.name?.startsWith('natter-'));
    }
    Object.values(node).forEach(walk);
  };
  return {
    name: 'natter-published-manifest',
    packageLinkPhase({customElementsManifest}) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json points at the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publishedManifest()],
};
