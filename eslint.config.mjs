// Lint for the whole repository: typescript-eslint's fast (non-type-aware) rules, plus one boundary rule
// that encodes the layers of docs/conventions.md, so an import running the wrong way fails `npm run lint`.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";

/**
 * THE LAYERS, lowest first. A file may import its own element and anything listed before it; nothing after.
 * To add a folder: put it here at the height of what it imports (a new feature folder goes into FEATURES,
 * after every feature it imports and before every feature that imports it).
 */
const FLOOR = [
  // Pure domain: no I/O except the one secret-file helper; imports only itself.
  { type: "domain", pattern: "lib/domain/**" },
  // The kernel beside the domain: configuration, errors, input schemas and small pure helpers.
  {
    type: "kernel",
    pattern: [
      "lib/env.ts",
      "lib/errors.ts",
      "lib/validation/**",
      "lib/app-origins.ts",
      "lib/site-url.ts",
      "lib/app-secret.ts",
      "lib/data-dir.ts",
      "lib/build-freshness.ts",
      "lib/format.ts",
      "lib/escape-html.ts",
      "lib/http.ts",
      "lib/http-json.ts",
      "lib/charts.ts",
      "lib/multi-instance.ts",
    ],
  },
  // Storage: the only code that touches Prisma and the generated client.
  { type: "db", pattern: "lib/db/**" },
];

/** Feature folders under lib/, lowest first: each may import the ones before it (and the floor). */
const FEATURES = [
  "text",
  "learn",
  "search",
  "edge",
  "rate-limit",
  "feeds",
  "follows",
  "recs",
  "email",
  "auth",
  "library",
  "citation",
  "seo",
  "keyboard",
  "theme",
  "trending",
  "cache",
  "related",
  "ingest",
  "api",
  "mcp",
  "sync",
  "backup",
];

const TOP = [
  // Process wiring for scripts and the server start: may use every feature.
  { type: "runtime", pattern: "lib/runtime.ts" },
  // Server actions: parse → permission → named query or feature → respond.
  { type: "actions", pattern: "lib/actions/**" },
  { type: "components", pattern: "components/**" },
  { type: "app", pattern: ["app/**", "proxy.ts"] },
];

const featureElements = FEATURES.map((name) => ({ type: `lib-${name}`, pattern: `lib/${name}/**` }));
const LAYERS = [...FLOOR, ...featureElements, ...TOP];
const ORDER = LAYERS.map((element) => element.type);

// Each element may import itself and everything below it. scripts/ and tests/ are not elements: they may
// import any layer. Test files are left out of the rule too: a test may reach across to build its fixture.
const policies = ORDER.map((type, i) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: ORDER.slice(0, i + 1) } } } },
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "coverage/**",
      "test-results/**",
      "next-env.d.ts",
      "public/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "tests/**", "scripts/**"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      // Whole-path patterns ("full"), so single files (lib/env.ts, proxy.ts) are elements too.
      "boundaries/legacy-warnings": false,
      "boundaries/elements": LAYERS.map((element) => ({ ...element, mode: "full" })),
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies }],
    },
  },
  {
    // Storage has one owner: nothing outside lib/db reaches Prisma or the generated client.
    files: ["**/*.ts", "**/*.tsx"],
    // The exceptions test or configure storage itself: migrations, the driver adapter under load, the CLI config.
    ignores: ["lib/db/**", "tests/db/**", "scripts/soak/sqlite-waits.ts", "prisma.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "prisma", "**/db/generated/**"],
              message: "Only lib/db touches Prisma: add a named query there.",
            },
          ],
        },
      ],
    },
  },
  {
    // One way to reach the database: queries and features take `db: Db`; the shell (app, actions, proxy,
    // scripts) picks the client. The lazily built auth instance and rate-limit store are the exceptions.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/db/client.ts", "lib/actions/**", "lib/auth/server.ts", "lib/rate-limit/limiter.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='getDb']",
          message: "Take `db: Db` as the first parameter; the page, route, action or script passes getDb().",
        },
      ],
    },
  },
);
