// Jest transformer: SWC for our TypeScript, and for the ESM-only packages we depend on
// (NestJS 12 ships pure ESM). Node 20 runs those through require(esm), but Jest's own module
// registry cannot, so Jest compiles them to CommonJS. They only use `import.meta.url` to build
// a `createRequire`, which has an exact CommonJS equivalent.
const { createTransformer } = require('@swc/jest');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};

const swc = createTransformer(swcOptions);
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
const CJS_FILE_URL = 'require("node:url").pathToFileURL(__filename).href';

function rewrite(source, filename) {
  return filename.includes('/node_modules/') ? source.replace(IMPORT_META_URL, CJS_FILE_URL) : source;
}

module.exports = {
  canInstrument: swc.canInstrument,
  process(source, filename, options) {
    return swc.process(rewrite(source, filename), filename, options);
  },
  processAsync(source, filename, options) {
    return swc.processAsync(rewrite(source, filename), filename, options);
  },
  getCacheKey(source, filename, ...rest) {
    return swc.getCacheKey(rewrite(source, filename), filename, ...rest);
  },
};
