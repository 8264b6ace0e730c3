// e2e global setup: one production build, one running app (seeded by its own first start) for all e2e files.
import type { TestProject } from "vitest/node";
import { ensureProductionBuild, startApp, type AppServer } from "./app-server";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}

let app: AppServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureProductionBuild();
  app = await startApp();
  project.provide("appUrl", app.url);
}

export async function teardown(): Promise<void> {
  await app?.stop();
}
