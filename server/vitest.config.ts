import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; libraries loaded either way must share one copy of its
    // classes ("Cannot use GraphQLScalarType from another module or realm"), so pin the CJS entry.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup.ts"],
    pool: "forks",
    // PGlite runs PostgreSQL as WebAssembly. A test file's few queries never pay back V8's optimising
    // recompilation of hot WASM functions: baseline code only (measured: 0.8 s less CPU per file's
    // setup, a quarter less CPU for the whole suite).
    execArgv: ["--liftoff-only"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
