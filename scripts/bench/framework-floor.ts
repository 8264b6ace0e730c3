// The framework's own first-load JavaScript: a throwaway App Router app with one server-rendered page
// and no client component, built with this repo's next and react, served, and its scripts listed the
// way a modern browser loads them (noModule polyfills skipped). What no page of ours can go below.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort } from "@/lib/search/server";

const FILES: Record<string, string> = {
  "app/layout.jsx": `export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  "app/page.jsx": `export default function Page() { return <main><h1>Floor</h1><p>Server-rendered, no client component.</p></main>; }\n`,
};

/** Script URLs a modern browser fetches for `html` (module-capable: noModule scripts are skipped). */
export function loadedScripts(html: string, origin: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1]!))
    .flatMap((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.[1] ?? [])
    .map((src) => new URL(src, origin).href);
}

export async function measureFrameworkFloor(repoRoot: string, measure: (urls: string[]) => Promise<number>): Promise<number> {
  const dir = path.join(repoRoot, ".floor-app");
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // Turbopack only compiles inside its root: the repo's, where node_modules is.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(repoRoot)} } };\n`);
  const nextBin = createRequire(path.join(repoRoot, "package.json")).resolve("next/dist/bin/next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    const build = spawnSync(process.execPath, [nextBin, "build", dir], { env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`framework floor app did not build:\n${build.stdout}${build.stderr}`);
    const port = await findFreePort();
    const child = spawn(process.execPath, [nextBin, "start", dir, "--port", String(port)], { env, stdio: "ignore" });
    try {
      const origin = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        const html = await fetch(origin).then((r) => (r.ok ? r.text() : null), () => null);
        if (html) return await measure(loadedScripts(html, origin));
        if (i > 300 || child.exitCode !== null) throw new Error("framework floor app did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      child.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
