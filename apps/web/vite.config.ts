import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Per-feature CSS modules (`Foo.module.css`); `.round-list` is read as `styles.roundList`.
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  // libs/domain is consumed from source (its `@samrad/source` export condition).
  resolve: { conditions: ['@samrad/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
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
