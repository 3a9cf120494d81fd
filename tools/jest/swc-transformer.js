// Jest transformer: SWC for our TypeScript, and for the ESM-only packages we depend on
// (NestJS 12 and some of its dependencies ship pure ESM). Node 20 loads those through
// require(esm), but Jest's own module registry cannot, so Jest compiles them to CommonJS.
// CommonJS packages pass through untouched.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

// ESM code uses `import.meta.url` only to build a `createRequire`; CommonJS has the same URL.
// No `require` in the replacement: some modules declare `const require = createRequire(…)`.
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
const CJS_FILE_URL = '("file://" + encodeURI(__filename))';

const moduleTypeByDirectory = new Map();

/** Whether a file in node_modules is an ES module (by extension or its package's "type"). */
function isEsm(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const visited = [];
  let directory = dirname(filename);
  let type;
  while (type === undefined) {
    if (moduleTypeByDirectory.has(directory)) {
      type = moduleTypeByDirectory.get(directory);
      break;
    }
    visited.push(directory);
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
      // Nested package.json files without a name only set "type"; keep looking if absent.
      if (parsed.type !== undefined || parsed.name !== undefined) type = parsed.type ?? 'commonjs';
    }
    const parent = dirname(directory);
    if (type === undefined && parent === directory) type = 'commonjs';
    directory = parent;
  }
  for (const seen of visited) moduleTypeByDirectory.set(seen, type);
  return type === 'module';
}

const DYNAMIC_IMPORT = /\bimport\(/;

/** Our code, ES modules, and CommonJS files that `import()` (Jest can only serve `require`). */
function needsCompiling(source, filename) {
  return !filename.includes('/node_modules/') || isEsm(filename) || DYNAMIC_IMPORT.test(source);
}

function rewrite(source, filename) {
  return filename.includes('/node_modules/')
    ? source.replace(IMPORT_META_URL, CJS_FILE_URL)
    : source;
}

module.exports = {
  canInstrument: swc.canInstrument,
  process(source, filename, options) {
    if (!needsCompiling(source, filename)) return { code: source };
    return swc.process(rewrite(source, filename), filename, options);
  },
  processAsync(source, filename, options) {
    if (!needsCompiling(source, filename)) return Promise.resolve({ code: source });
    return swc.processAsync(rewrite(source, filename), filename, options);
  },
  getCacheKey(source, filename, ...rest) {
    return `${needsCompiling(source, filename)}:${swc.getCacheKey(rewrite(source, filename), filename, ...rest)}`;
  },
};
