// The framework's own floor: a throwaway App Router app built with this repo's next and react, served
// by `next start`. For first-load JavaScript (bench:web): one server-rendered page, no client
// component, its scripts listed the way a modern browser loads them (noModule polyfills skipped). For
// throughput (bench:pages): the same page cached (ISR, as ours are) beside a copy of our small static
// file — what no cached page of ours can beat, since ours add a proxy, a database and cards on top.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort } from "@/lib/search/server";

const FILES: Record<string, string> = {
  "app/layout.jsx": `export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  "app/page.jsx": `export const revalidate = 300;\nexport default function Page() { return <main><h1>Floor</h1><p>Server-rendered, no client component.</p></main>; }\n`,
};

/** The floor app's copy of our small static file (same bytes, same path). */
export const FLOOR_STATIC_FILE = "/manifest.webmanifest";

/** Script URLs a modern browser fetches for `html` (module-capable: noModule scripts are skipped). */
export function loadedScripts(html: string, origin: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1]!))
    .flatMap((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.[1] ?? [])
    .map((src) => new URL(src, origin).href);
}

export type FloorApp = { origin: string; stop: () => void };

/** Builds and starts the bare app; `stop` kills it and removes its directory. */
export async function startFrameworkFloor(repoRoot: string): Promise<FloorApp> {
  const dir = path.join(repoRoot, ".floor-app");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  remove();
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, "public"));
  copyFileSync(path.join(repoRoot, "public", FLOOR_STATIC_FILE), path.join(dir, "public", FLOOR_STATIC_FILE));
  // Turbopack only compiles inside its root: the repo's, where node_modules is.
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(repoRoot)} } };\n`,
  );
  const nextBin = createRequire(path.join(repoRoot, "package.json")).resolve("next/dist/bin/next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync(process.execPath, [nextBin, "build", dir], { env, encoding: "utf8" });
  if (build.status !== 0) {
    remove();
    throw new Error(`framework floor app did not build:\n${build.stdout}${build.stderr}`);
  }
  const port = await findFreePort();
  const child = spawn(process.execPath, [nextBin, "start", dir, "--port", String(port)], { env, stdio: "ignore" });
  const stop = () => {
    child.kill();
    remove();
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, stop };
    if (i > 300 || child.exitCode !== null) {
      stop();
      throw new Error("framework floor app did not start");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The bare page's first-load JavaScript, as `measure` counts the scripts it loads. */
export async function measureFrameworkFloor(
  repoRoot: string,
  measure: (urls: string[]) => Promise<number>,
): Promise<number> {
  const floor = await startFrameworkFloor(repoRoot);
  try {
    return await measure(loadedScripts(await (await fetch(floor.origin)).text(), floor.origin));
  } finally {
    floor.stop();
  }
}
