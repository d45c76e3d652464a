/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.GATEHOUSE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  optimizeDeps: {
    // The GraphQL Monaco worker is served unbundled in dev; its CommonJS-only imports must be
    // pre-bundled or the worker dies on load (production bundles workers and needs nothing).
    include: ['monaco-graphql > graphql-language-service > nullthrows', 'monaco-graphql > picomatch-browser'],
  },
  server: {
    proxy: {
      // One path for queries, mutations (HTTP) and subscriptions (graphql-ws upgrade).
      '/graphql': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    // GraphiQL and Monaco live in the lazily loaded explorer chunk; they are big by nature.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler's "use no memo" directives; dropping them while bundling is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
    // @graphql-tools is loaded by Node (CJS entry of graphql) while Vite would pick graphql's .mjs for
    // our code: two realms, and "Cannot use GraphQLSchema from another module". Use one entry for both.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
    testTimeout: 20_000,
  },
});
