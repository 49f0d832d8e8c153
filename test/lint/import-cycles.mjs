// An ESLint rule that reports a module of src/ which, through its relative
// imports (type-only and dynamic ones included), comes back to itself.
// A circle means two modules cannot be read, tested or split apart alone.
import {readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';

const IMPORT =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s*['"](\.[^'"]+)['"]/gm;

/** Relative imports of each file read so far, by absolute path. */
const edges = new Map();

function importsOf(file) {
  let known = edges.get(file);
  if (known) return known;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A missing file is the type checker's to report.
  }
  known = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    known.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  edges.set(file, known);
  return known;
}

/** A path of imports from `start` back to `start`, or undefined. */
function findCircle(start) {
  const seen = new Set();
  const walk = (file, path) => {
    for (const next of importsOf(file)) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: {description: 'Disallow modules that import themselves through other modules.'},
    schema: [],
    messages: {circle: 'Import circle: {{path}}'},
  },
  create(context) {
    const file = resolve(context.filename);
    return {
      'Program:exit'(node) {
        edges.delete(file); // the file being linted may have changed since it was read
        const circle = findCircle(file);
        if (!circle) return;
        const root = dirname(file);
        const path = circle.map((step) => relative(root, step) || '.').join(' → ');
        context.report({node, messageId: 'circle', data: {path}});
      },
    };
  },
};
