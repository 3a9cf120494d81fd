import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the API runs in development (npm run start:api or npm start). */
const API = process.env.LCM_API_URL ?? 'http://127.0.0.1:3000';

// The web app: built into dist/web, which the API serves at / (apps/api/src/web/web-app.ts).
// `npm run web:dev` serves it with hot reload on :5173 and proxies the API's paths, the GraphQL
// WebSocket included, so the browser still sees one origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
