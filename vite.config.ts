/**
 * Builds of the widget package. `npm run build` (scripts/build.mjs) runs them
 * all, with the classic-script variant and the type declarations.
 *
 * - `vite build` (any mode but `npm`): `dist/natter.js`, the script-tag file.
 *   Lit included, minified, self-registering. What a page may not need at
 *   once (the backends, the reply form, `<natter-count>`, DOMPurify) is in
 *   chunks in `dist/chunks/` that load when first used (see src/embed.ts).
 * - `vite build --mode npm`: ES modules for bundlers, one file per source
 *   module, with Lit, DOMPurify and React left as imports (dependencies).
 * - `vite build --mode admin`: `dist/admin/natter-admin.js` and `.css`, the
 *   site owner's console that natter-server serves at `/admin`. Its own
 *   bundle with Lit inside: nothing of it reaches natter.js.
 */
import {copyFileSync, mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {minifyLitTemplates} from './scripts/lib/minify-templates.mjs';

const src = (path: string) => fileURLToPath(new URL(`src/${path}`, import.meta.url));

/** Entry points of the npm build, by output name (`dist/<name>.js`). */
export const npmEntries: Record<string, string> = {
  index: src('index.ts'),
  define: src('define.ts'),
  embed: src('embed.ts'),
  react: src('react.ts'),
  'adapter-kit': src('adapter-kit.ts'),
  'adapters/memory': src('adapters/memory.ts'),
  'adapters/local': src('adapters/local.ts'),
  'adapters/rest': src('adapters/rest.ts'),
  'adapters/wordpress': src('adapters/wordpress.ts'),
  'testing/conformance': src('testing/conformance.ts'),
  'testing/node': src('testing/node.ts'),
};

/** Packages the npm build imports instead of bundling (and their subpaths). */
const externalPackages = ['lit', 'lit-html', 'lit-element', '@lit', 'react', 'dompurify'];
const isExternal = (id: string) =>
  id.startsWith('node:') ||
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

// Lit's `development` export condition turns on dev-mode checks and a console
// warning; the script-tag file must get the production build.
const productionConditions = ['module', 'browser', 'production'];

/** Licence line of the script-tag files; bundled libraries keep their own notices. */
export const LICENSE_BANNER = '/*! Natter | MIT License */';

/**
 * package.json's `sideEffects` names the registering files of dist/, which
 * makes the bundler treat every source file as side-effect free too, and it
 * would drop `import './define.js'`. The sources whose import is their point
 * say otherwise here.
 */
function keepRegistration(): Plugin {
  const registering = new Set([src('define.ts'), src('embed.ts')]);
  return {
    name: 'natter-keep-registration',
    transform(code, id) {
      return registering.has(id) ? {code, map: null, moduleSideEffects: true} : undefined;
    },
  };
}

const shared: UserConfig = {
  publicDir: false,
  plugins: [keepRegistration()],
  logLevel: 'warn',
  build: {target: 'es2022', emptyOutDir: false, copyPublicDir: false, reportCompressedSize: false},
};

function npmBuild(): UserConfig {
  return {
    ...shared,
    build: {
      ...shared.build,
      minify: false,
      lib: {entry: npmEntries, formats: ['es']},
      rolldownOptions: {
        external: isExternal,
        output: {
          preserveModules: true,
          preserveModulesRoot: src(''),
          entryFileNames: '[name].js',
        },
      },
    },
  };
}

function embedBuild(): UserConfig {
  return {
    ...shared,
    plugins: [keepRegistration(), minifyLitTemplates(src(''))],
    resolve: {conditions: productionConditions},
    define: {'process.env.NODE_ENV': JSON.stringify('production')},
    build: {
      ...shared.build,
      minify: true,
      lib: {entry: {natter: src('embed.ts')}, formats: ['es']},
      rolldownOptions: {
        // natter.js may export internals its lazy chunks import from it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Everything natter.js needs at once goes into natter.js itself. By
          // default, modules it shares with a lazy chunk (errors, URL checks)
          // become extra files it imports eagerly: more round trips, and the
          // classic build needs one file. The group takes every module the
          // entry reaches by static imports, used or not: code only the lazy
          // chunks use must not be reachable through a module natter.js
          // imports (an index that re-exports it, like lit/decorators.js or
          // core/messages.ts), or it lands in natter.js.
          codeSplitting: {
            groups: [
              {name: 'natter', tags: ['$initial']},
              // The small helpers the backends share (and the limits, ids and
              // storage access the reply form shares with them), in one file
              // rather than one each: the REST backend then loads as two files.
              // Helpers with one user stay with it: the thread-key rule and
              // the draft check with the in-browser backends, the status
              // mapping with REST, the key memory with WordPress.
              {
                name: 'adapter-kit',
                test: /\/src\/(adapters\/kit\/(?!(thread-key|check-draft|once-per-key|error-for-status)\.ts$)|core\/(limits|random-id|storage)\.ts$)/,
              },
            ],
          },
          // Library mode leaves ES output readable unless told otherwise.
          minify: true,
          // Pure annotations have done their job once the bundle is tree-shaken.
          comments: {legal: true, annotation: false, jsdoc: false},
          banner: (chunk) => (chunk.isEntry ? LICENSE_BANNER : ''),
          entryFileNames: 'natter.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

/**
 * `dist/natter-adapter-kit.js`, for adapters written on a script-tag page: the kit
 * (src/adapter-kit.ts) in one file that takes `AdapterError` from the
 * `natter.js` beside it, so the widget recognises the errors it throws.
 */
function kitBuild(): UserConfig {
  const errors = src('adapters/errors.ts');
  const fromNatter: Plugin = {
    name: 'natter-errors-from-natter-js',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      return resolved?.id === errors ? {id: './natter.js', external: true} : null;
    },
  };
  return {
    ...shared,
    plugins: [fromNatter],
    build: {
      ...shared.build,
      minify: true,
      lib: {entry: {'natter-adapter-kit': src('adapter-kit.ts')}, formats: ['es']},
      rolldownOptions: {
        output: {minify: true, banner: LICENSE_BANNER, entryFileNames: '[name].js'},
      },
    },
  };
}

/**
 * The moderation console: one minified ES file, Lit's production build
 * inside, and the page's base stylesheet copied beside it (the page's CSP
 * allows only same-origin styles, so it cannot be inline).
 */
function adminBuild(): UserConfig {
  const outDir = fileURLToPath(new URL('dist/admin/', import.meta.url));
  const copyCss: Plugin = {
    name: 'natter-admin-css',
    writeBundle() {
      mkdirSync(outDir, {recursive: true});
      copyFileSync(src('admin/natter-admin.css'), `${outDir}natter-admin.css`);
    },
  };
  return {
    ...shared,
    plugins: [minifyLitTemplates(src('')), copyCss],
    resolve: {conditions: productionConditions},
    define: {'process.env.NODE_ENV': JSON.stringify('production')},
    build: {
      ...shared.build,
      outDir,
      minify: true,
      lib: {entry: {'natter-admin': src('admin/define.ts')}, formats: ['es']},
      rolldownOptions: {
        output: {
          minify: true,
          comments: {legal: true, annotation: false, jsdoc: false},
          banner: LICENSE_BANNER,
          entryFileNames: '[name].js',
          // One file: the page loads it with one script tag and nothing else.
          codeSplitting: false,
        },
      },
    },
  };
}

const builds: Record<string, () => UserConfig> = {npm: npmBuild, kit: kitBuild, admin: adminBuild};

export default defineConfig(({mode}) => (builds[mode] ?? embedBuild)());
