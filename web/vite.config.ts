import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';

const apiTarget = process.env.GATEHOUSE_API_URL ?? 'http://localhost:4000';

/**
 * Vendor chunks for what the first paint loads, one per library family, so the entry chunk holds our
 * code only and a library upgrade re-downloads one chunk, not the app. `$initial` keeps each group
 * to modules the entry imports statically: the explorer's GraphiQL and Monaco (and mock mode's MSW)
 * stay in their lazy chunks instead of being pulled in up front.
 */
const vendorChunkGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  // Helpers several families use: claimed first, or the first family to reach them would own them.
  { name: 'vendor-shared', test: /node_modules[\\/](tslib|dayjs|use-sync-external-store)[\\/]/, priority: 25 },
  { name: 'vendor-mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 20 },
  { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|@wry|optimism|graphql|graphql-ws|rxjs)[\\/]/, priority: 20 },
  { name: 'vendor-tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
  { name: 'vendor-icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
].map((group) => ({ ...group, tags: ['$initial' as const] }));

export default defineConfig({
  plugins: [graphqlDocuments({ gqlDir: fileURLToPath(new URL('src/gql', import.meta.url)) }), react(), precompress()],
  optimizeDeps: {
    // The GraphQL Monaco worker is served unbundled in dev; its CommonJS-only imports must be
    // pre-bundled or the worker dies on load (production bundles workers and needs nothing).
    include: ['monaco-graphql > graphql-language-service > nullthrows', 'monaco-graphql > picomatch-browser'],
  },
  server: {
    proxy: {
      // One path for queries, mutations (HTTP) and subscriptions (graphql-ws upgrade).
      '/graphql': { target: apiTarget, ws: true, changeOrigin: false },
      // CSV downloads (`Export.url`): the SPA fetches their path on its own origin, with its session cookie.
      '/exports': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // Monaco alone is ~2.8 MB and lives in the lazily loaded explorer chunk; it is big by nature and
    // splits no further. Everything the first paint needs stays well under this.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with Rolldown: `codeSplitting.groups` replaces Rollup's `manualChunks`.
        codeSplitting: { groups: vendorChunkGroups },
      },
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
    projects: [
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, '**/*.parity.test.ts'] } },
      // The mock against the real server (src/mocks/parity): its own Node project, whose global
      // setup starts the server; `vitest run --project unit` skips it.
      {
        test: {
          name: 'parity',
          environment: 'node',
          include: ['src/**/*.parity.test.ts'],
          globalSetup: ['src/mocks/parity/real-server.ts'],
          alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
