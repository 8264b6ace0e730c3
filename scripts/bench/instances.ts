// Several app instances as docs/deploy.md runs them, for `--instances N` of the benchmarks: one
// database (a SQLite file in one DATA_DIR, as two instances on one host share it), one Meilisearch the
// bench starts, MULTI_INSTANCE=1 with secrets and a search-only key from the environment, each
// instance its own port. Multi-instance mode never seeds, so the bench ingests the seed digest first.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SearchTarget } from "@/lib/search/client";
import { ensureSearchKey } from "@/lib/search/search-key";
import { startMeilisearch, type MeiliServer } from "@/lib/search/server";
import { ingestIntoBenchApp, startBenchApp, type BenchApp } from "./app";

export type BenchInstances = { instances: BenchApp[]; target: SearchTarget; stop: () => Promise<void> };

/**
 * `meili`: an engine the caller started (and stops); otherwise one of its own. `corpus`/`limit`: ingested
 * after the seed digest. Instances start one after the other (the first migrates nothing new then).
 */
export async function startBenchInstances(
  dataDir: string,
  count: number,
  options: { meili?: MeiliServer; corpus?: string; limit?: string } = {},
): Promise<BenchInstances> {
  const meili =
    options.meili ?? (await startMeilisearch({ dataDir: path.join(dataDir, "meili"), readyTimeoutMs: 120_000 }));
  const target = { url: meili.url, apiKey: meili.masterKey, indexName: "papers" };
  const instances: BenchApp[] = [];
  const stop = async () => {
    for (const app of instances) await app.stop();
    if (!options.meili) await meili.stop();
  };
  try {
    const search = { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: target.indexName };
    const app = { dataDir };
    await ingestIntoBenchApp(app, "prisma/seed-digest.txt", undefined, "ignore", search);
    if (options.corpus) await ingestIntoBenchApp(app, options.corpus, options.limit, "ignore", search);
    const env = {
      MULTI_INSTANCE: "1",
      AUTH_SECRET: randomBytes(36).toString("base64url"),
      APP_SECRET: randomBytes(36).toString("base64url"),
      MEILI_SEARCH_KEY: await ensureSearchKey(target),
    };
    for (let i = 0; i < count; i += 1) instances.push(await startBenchApp(dataDir, target, { env }));
    return { instances, target, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Each instance's resident memory: its starter (scripts/start.ts) and web process, read from /proc (Linux). */
export function residentMemory(instances: BenchApp[]): string {
  const rss = (pid: number) =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const children = (pid: number) =>
    readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  try {
    return instances
      .map((app, i) => {
        const web = children(app.pid).map((pid) => rss(pid).toFixed(0));
        return `instance ${i + 1}: starter ${rss(app.pid).toFixed(0)} MB, web process ${web.join(" + ")} MB resident`;
      })
      .join("\n");
  } catch (error) {
    return `resident memory unavailable: ${(error as Error).message}`;
  }
}

/** The web processes' (the starters' children) CPU time so far, in ms, from /proc (Linux; clock ticks of 10 ms). */
export function webCpuMs(instances: Pick<BenchApp, "pid">[]): number {
  let ticks = 0;
  for (const app of instances)
    for (const pid of readFileSync(`/proc/${app.pid}/task/${app.pid}/children`, "utf8").trim().split(/\s+/)) {
      if (!pid) continue;
      // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    }
  return ticks * 10;
}
