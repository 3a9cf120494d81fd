import { fileURLToPath } from 'node:url';

import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the API runs in development (npm run start:api or npm start). */
const API = process.env.LCM_API_URL ?? 'http://127.0.0.1:3000';

// The web app: built into dist/web, which the API serves at / (apps/api/src/web/web-app.ts).
// `npm run web:dev` serves it with hot reload on :5173 and proxies the API's paths, the GraphQL
// WebSocket included, so the browser still sees one origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // Each `graphql(…)` call replaced by an import of its own document from the generated
    // graphql.ts: without it, every page's chunk (and the first download) would carry the
    // generated map of all the app's operations (gql.ts, ~310 kB unminified).
    babel({
      include: /apps\/web\/src\/(?!graphql\/generated\/).*\.tsx?$/,
      parserOpts: { plugins: ['typescript', 'jsx'] },
      plugins: [
        [
          babelOptimizerPlugin,
          {
            artifactDirectory: fileURLToPath(new URL('./src/graphql/generated', import.meta.url)),
            gqlTagName: 'graphql',
          },
        ],
      ],
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Route-level chunks; the report gives each chunk's gzipped size (docs/web.md).
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: API, ws: true, changeOrigin: true },
      '/health': { target: API },
      '/export': { target: API },
    },
  },
});
