// A throwaway PostgreSQL cluster per test file (the one starter lives in scripts/postgres, which the
// schema derivation uses too), and a migrated database on it for each test that asks.
import { prepareDatabase } from "@/lib/db/setup";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/scripts/postgres/throwaway-cluster";

export type TestPostgres = ThrowawayPostgres;

export const startTestPostgres = startThrowawayPostgres;

let counter = 0;

/** A fresh database on the cluster with every PostgreSQL migration applied; returns its URL. */
export async function createMigratedDatabase(cluster: TestPostgres, prefix = "test"): Promise<string> {
  counter += 1;
  const url = await cluster.createDatabase(`${prefix}_${process.pid}_${counter}`);
  await prepareDatabase(url);
  return url;
}
