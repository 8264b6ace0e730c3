// e2e global setup: one production build, one running app (seeded by its own first start) for all e2e files.
import type { TestProject } from "vitest/node";
import { ensureProductionBuild, startApp, type AppServer } from "./app-server";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    /** The app's data dir: tests that need a fixture row write it to $appDataDir/paperboard.db and delete it. */
    appDataDir: string;
  }
}

let app: AppServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureProductionBuild();
  // Behind one simulated proxy (TRUST_PROXY=1, startApp's default): tests speak for many clients.
  app = await startApp();
  project.provide("appUrl", app.url);
  project.provide("appDataDir", app.dataDir);
}

export async function teardown(): Promise<void> {
  await app?.stop();
}
