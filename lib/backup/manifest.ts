// A backup's manifest.json: what the backup holds (database copy, secrets), what made it, and what it
// must hold again when restored (rows per table, checksums). Written last: no manifest, no backup.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_DIR_SECRETS } from "@/lib/data-dir";
import { AppError } from "@/lib/errors";

export const MANIFEST_FILE = "manifest.json";
export const DATABASE_COPY = "paperboard.db";
export const SECRETS_DIR = "secrets";
const MAX_MANIFEST_BYTES = 1_000_000;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.object({
  format: z.literal("paperboard-backup"),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  sqliteVersion: z.string().max(100),
  /** Migrations applied to the copy: a restore refuses a backup made by a newer schema than it knows. */
  migrations: z.array(z.string().max(200)).max(10_000),
  database: z.object({ file: z.literal(DATABASE_COPY), bytes: z.number().int().nonnegative(), sha256: Sha256Schema }),
  tables: z.record(z.string().max(200), z.number().int().nonnegative()),
  /** Relative to DATA_DIR, and to the backup's secrets/ folder: only the names the app generates. */
  secrets: z.array(z.object({ path: z.enum(DATA_DIR_SECRETS), sha256: Sha256Schema })),
  /** What a restore will not bring back, in words (the search index, secrets given by the environment). */
  notIncluded: z.array(z.string().max(500)),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** Reads and validates `<dir>/manifest.json`; an incomplete or foreign folder gets a clear error. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError("BAD_REQUEST", `${file} is missing: ${dir} is not a complete Paperboard backup`);
  }
  if (size > MAX_MANIFEST_BYTES)
    throw new AppError("BAD_REQUEST", `${file}: larger than ${MAX_MANIFEST_BYTES} bytes, not a Paperboard manifest`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new AppError("BAD_REQUEST", `${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "BAD_REQUEST",
      `${file}: ${issue?.path.join(".") || "manifest"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}

/** Writes the manifest atomically (a temporary name, then a rename), readable by its owner only. */
export function writeManifest(dir: string, manifest: Manifest): void {
  const file = path.join(dir, MANIFEST_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
