// Global setup of the `postgres` test project: one throwaway PostgreSQL cluster for the run; each test
// database is created on it (tests/setup/db.ts) and the cluster is removed at the end.
import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql://… of the run's cluster (its `postgres` database: test databases are created from it). */
    postgresServer: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startTestPostgres();
  project.provide("postgresServer", cluster.urlFor("postgres"));
  return () => cluster.stop();
}
