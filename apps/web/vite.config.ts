import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.mjs';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The fingerprinted files get .br and .gz twins at the highest levels, served as they are (apps/api/src/web-app.ts).
  plugins: [react(), precompress()],
  // Per-feature CSS modules (`Foo.module.css`); `.round-list` is read as `styles.roundList`.
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  // libs/domain is consumed from source (its `@samrad/source` export condition).
  resolve: { conditions: ['@samrad/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // No public source maps: SOURCEMAP=hidden writes them without the comment that points browsers at them.
    sourcemap: process.env.SOURCEMAP === 'hidden' ? 'hidden' : false,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/api': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
