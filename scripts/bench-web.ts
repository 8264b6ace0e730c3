// `npm run bench:web`: Lighthouse 12 (performance + accessibility, default mobile profile with simulated
// throttling) against Debian chromium, on the production build started the way `npm start` does, for the
// trending, topic, paper and search pages; plus the paper page's first-load JavaScript in kB gzip.
// Flags: --runs N (median of N, default 3), --desktop (Lighthouse's desktop preset), --page NAME (only that
// page: trending, topic, paper or search), --strict (exit 1 on a miss), --floor (also build a bare App
// Router page with the same next/react and report its first-load JS: the framework's floor).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { findFreePort } from "@/lib/search/server";
import { ensureProductionBuild, startApp } from "../tests/setup/app-server";
import { measureFrameworkFloor } from "./bench/framework-floor";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TARGETS = { performance: 95, accessibility: 100, paperJsKb: 100 };

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3;
const desktop = args.includes("--desktop");
const only = args.includes("--page") ? args[args.indexOf("--page") + 1] : undefined;

type Run = { performance: number; accessibility: number; metrics: string; scripts: string[] };

const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), "paperboard-lh-"));
  const child = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { port, stop };
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(
    url,
    { port, logLevel: "error", onlyCategories: ["performance", "accessibility"] },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const items =
    (audits["network-requests"]?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ??
    [];
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    metrics: METRICS.map(([label, id]) => `${label} ${audits[id]?.displayValue ?? "?"}`).join(", "),
    scripts: items
      .filter((i) => i.resourceType === "Script" && i.url.startsWith(new URL(url).origin))
      .map((i) => i.url),
  };
}

/** JavaScript files a real load of the page requested (Lighthouse's network log), each gzipped here (level 6). */
async function gzipKb(urls: string[]): Promise<{ total: number; files: string[] }> {
  const files: [string, number][] = [];
  for (const url of new Set(urls))
    files.push([new URL(url).pathname, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length / 1024]);
  files.sort((a, b) => b[1] - a[1]);
  return {
    total: files.reduce((sum, [, kb]) => sum + kb, 0),
    files: files.map(([name, kb]) => `${kb.toFixed(1).padStart(6)} kB  ${name}`),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  ensureProductionBuild();
  const app = await startApp();
  const chromium = await startChromium();
  try {
    const topic = ((await (await fetch(`${app.url}/api/topics`)).json()) as { topics: { slug: string }[] }).topics[0]!
      .slug;
    const paper = ((await (await fetch(`${app.url}/api/papers?limit=1`)).json()) as { papers: { slug: string }[] })
      .papers[0]!.slug;
    const pages = [
      ["trending", "/"],
      ["topic", `/topics/${topic}`],
      ["paper", `/papers/${paper}`],
      ["search", "/search?q=diffusion"],
    ] as const;
    console.log(
      `Lighthouse 12.2.3, ${desktop ? "desktop" : "mobile"} profile, median of ${runs} run(s); load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${os.cpus().length} cores\n`,
    );
    console.log("page      performance  accessibility  path");
    let ok = true;
    let paperJs = { total: 0, files: [] as string[] };
    for (const [name, pagePath] of pages.filter(([name]) => !only || name === only)) {
      const url = `${app.url}${pagePath}`;
      await audit(url, chromium.port); // warm-up: first compile of server code paths and caches
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(url, chromium.port));
      const perf = median(results.map((r) => r.performance));
      const middle = results.find((r) => r.performance === perf)!;
      const a11y = median(results.map((r) => r.accessibility));
      ok &&= perf >= TARGETS.performance && a11y >= TARGETS.accessibility;
      if (name === "paper") paperJs = await gzipKb(results[0]!.scripts);
      else if (only) paperJs = { total: 0, files: ["(paper page not measured)"] };
      console.log(`${name.padEnd(10)}${String(perf).padStart(11)}  ${String(a11y).padStart(13)}  ${pagePath}`);
      console.log(
        `${" ".repeat(12)}runs ${results.map((r) => r.performance).join(", ")}; median run: ${middle.metrics}`,
      );
    }
    ok &&= paperJs.total <= TARGETS.paperJsKb;
    console.log(
      `\npaper page first-load JS: ${paperJs.total.toFixed(1)} kB gzip (every same-origin script a real load requested, per Lighthouse's network log, gzipped here)`,
    );
    for (const line of paperJs.files) console.log(`  ${line}`);
    if (args.includes("--floor")) {
      const floor = await measureFrameworkFloor(process.cwd(), async (urls) => (await gzipKb(urls)).total);
      console.log(
        `framework floor: ${floor.toFixed(1)} kB gzip — a bare App Router page (one server component, no client component) built with the same next and react`,
      );
    }
    console.log(
      `targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, paper JS <= ${TARGETS.paperJsKb} kB — ${ok ? "met" : "MISSED"}`,
    );
    if (!ok && args.includes("--strict")) process.exitCode = 1;
  } finally {
    await chromium.stop().catch((error: unknown) => console.warn(`warning: chromium cleanup: ${String(error)}`));
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
