// Architecture rules checked by `pnpm lint` (depcruise --config .dependency-cruiser.cjs schema/src server/src web/src).
// See docs/STYLE conventions: server modules talk to each other only through services, tables and
// GraphQL types; the web flows one way, shared (components, lib) → features → app.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Import cycles make load order fragile and the layers unreadable; type-only imports count too " +
        "(a module adds its loaders to the core's context type by declaration merging, not by import).",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import dependency-cruiser cannot resolve: a typo, a missing package, or a config that needs a fix.",
      from: {},
      to: { couldNotResolve: true, pathNot: ["^virtual:", "[?]"] },
    },

    // ── schema (@gatehouse/schema: the rules server, web and mocks share) ─────────────
    {
      name: "schema-stands-alone",
      severity: "error",
      comment: "The shared rules are below server and web: they import neither (nor the browser tests).",
      from: { path: "^schema/src/" },
      to: { path: "^(server|web|e2e)/" },
    },
    {
      name: "schema-rules-portable",
      severity: "error",
      comment:
        "The shared rules run in the browser and in Node, with no build step: a rule imports only other " +
        "rules — no node: modules, no packages — except decimal.js, for exact decimal money (pricing.ts), " +
        "and yaml, for reading OpenAPI documents with positions (openapi-text.ts): well kept, " +
        "dependency-free, plain ES modules that browsers and Node load as they are, and neither money " +
        "arithmetic nor a YAML parser is to be hand-written. (Tests run in Node and may use node: and vitest.)",
      from: { path: "^schema/src/", pathNot: "[.]test[.]ts$" },
      // The packages by their folders, wherever pnpm puts them (node_modules/.pnpm/decimal.js@x/node_modules/decimal.js/).
      to: { pathNot: ["^schema/src/", "(^|/)node_modules/decimal[.]js/", "(^|/)node_modules/yaml/"] },
    },

    // ── web ────────────────────────────────────────────────────────────────────────────
    {
      name: "web-no-cross-feature",
      severity: "error",
      comment:
        "A feature must not import another feature; compose features in web/src/app, or move what " +
        "both need to web/src/components or web/src/lib.",
      from: { path: "^web/src/features/([^/]+)/" },
      to: { path: "^web/src/features/", pathNot: "^web/src/features/$1/" },
    },
    {
      name: "web-shared-not-to-features-or-app",
      severity: "error",
      comment: "web/src/components and web/src/lib are shared: they must not depend on features or the app (shared → features → app).",
      from: { path: "^web/src/(components|lib)/" },
      to: { path: "^web/src/(features|app)/" },
    },
    {
      name: "web-features-not-to-app",
      severity: "error",
      comment: "Features must not depend on the app shell (routes, router, providers); the app composes features (shared → features → app).",
      from: { path: "^web/src/features/" },
      to: { path: "^web/src/app/" },
    },

    // ── server ─────────────────────────────────────────────────────────────────────────
    {
      name: "server-module-boundaries",
      severity: "error",
      comment:
        "Another server module is reachable only through its *.service.ts, *.tables.ts (FK references), " +
        "*.type.ts and *.input.ts (GraphQL types) — never its resolvers, loaders or internals.",
      from: { path: "^server/src/modules/([^/]+)/" },
      to: {
        path: "^server/src/modules/[^/]+/",
        pathNot: ["^server/src/modules/$1/", "[.](service|tables|type|input)[.]ts$"],
      },
    },
    {
      name: "server-core-not-to-modules",
      severity: "error",
      comment:
        "The core (auth, config, db, graphql, http, jobs, kit) knows no domain module: a module declares what it " +
        "contributes (kit/module.ts) and modules/registry.ts composes them; main.ts, bootstrap.ts and the " +
        "scripts pass that composition in.",
      from: { path: "^server/src/(auth|config|db|graphql|http|jobs|kit)/" },
      to: { path: "^server/src/modules/" },
    },
    {
      name: "server-core-not-to-http",
      severity: "error",
      comment: "graphql, db and config are transport-independent: they must not import server/src/http.",
      from: { path: "^server/src/(auth|config|db|graphql|jobs|kit)/" },
      to: { path: "^server/src/http/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)dist/" },
    // Keep type-only imports in the graph (tagged "type-only"): module boundaries apply to them too;
    // the cycle rule above ignores them.
    tsPreCompilationDeps: true,
    // No `paths` aliases in either package; this tsconfig only gives the TypeScript settings (JSX included).
    tsConfig: { fileName: "web/tsconfig.json" },
    enhancedResolveOptions: {
      // `./x.js` → `./x.ts` (the server's NodeNext-style imports under moduleResolution Bundler) is
      // tried by dependency-cruiser itself when the .js file is missing, as tsc does; the
      // not-to-unresolvable rule above fails the run if that ever stops working.
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".json"],
      conditionNames: ["import", "require", "node", "default", "types"],
      exportsFields: ["exports"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
