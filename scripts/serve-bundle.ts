// Compiles the web process's entry (scripts/serve.ts and the lib/ code it uses) to one plain
// JavaScript file before each start. Run through tsx instead, the web process paid ~1.4 s more CPU
// at start-up (tsx's loader hooks slow every one of Next's own module loads); esbuild, which tsx
// itself uses, compiles these few files in tens of milliseconds.
import { mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { build, stop, type Plugin } from "esbuild";

/**
 * `server-only` throws unless imported under React's server condition, which the web process (plain
 * Node, running Next's own server) does not set; the lib/ code it bundles (the shared page cache and
 * lib/db) is server code by construction, so the guard is compiled to nothing here.
 */
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-is-empty",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};

/** Writes `<root>/.next/paperboard/serve.mjs` (packages stay imports) and returns its path. */
export async function bundleWebServer(root: string): Promise<string> {
  const dir = path.join(root, ".next", "paperboard");
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, "serve.mjs");
  // Two starts from one checkout may compile at once: each writes its own file, then renames.
  const scratch = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(root, "scripts", "serve.ts")],
    outfile: scratch,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    plugins: [serverOnlyIsEmpty],
  });
  renameSync(scratch, outfile);
  // esbuild's service process would otherwise idle beside the app for as long as it runs.
  await stop();
  return outfile;
}
