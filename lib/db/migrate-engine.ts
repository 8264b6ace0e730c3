// Runs Prisma's schema engine (WASM build, no native binary) against one database, one engine per call.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { AppError } from "@/lib/errors";
import { createMigrationAdapter } from "./migrate-adapter";
import { explainEngineFailure, messageOf } from "./migrate-errors";

type EngineClass = typeof glue.SchemaEngine;

// One WASM instance per process, kept on globalThis so that a re-evaluated module (vitest, dev reloads)
// reuses it: the glue module holds a single instance, and Prisma's own loader notes that loading the engine
// twice fails ("unwrap_throw failed"). It is also faster: ~40 ms once, then nothing.
const ENGINE_KEY = Symbol.for("paperboard.schemaEngineWasm");
const processCache = globalThis as { [ENGINE_KEY]?: Promise<EngineClass> };

function loadEngineClass(): Promise<EngineClass> {
  processCache[ENGINE_KEY] ??= instantiateEngine().catch((error: unknown) => {
    delete processCache[ENGINE_KEY];
    throw new AppError("INTERNAL", `Could not load Prisma's WASM schema engine: ${messageOf(error)}`, { cause: error });
  });
  return processCache[ENGINE_KEY];
}

// Node 20 cannot `import` a .wasm file (what the package's entry does), so the module is instantiated here
// with the package's JS glue. The .wasm is found next to the entry: package.json is not in its exports.
async function instantiateEngine(): Promise<EngineClass> {
  const require = createRequire(import.meta.url);
  const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const imports: WebAssembly.Imports = { "./schema_engine_bg.js": glue };
  const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), imports);
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error(`${wasmFile} has no __wbindgen_start export`);
  start();
  return glue.SchemaEngine;
}

export interface EngineCall {
  /** A SQLite file or a postgresql:// URL. */
  dbFile: string;
  /** Prisma schema files the engine should know (commands that read a schema); omit otherwise. */
  schema?: SchemaContainer[];
  /** The history being worked on, to name the migration that failed. */
  migrations?: MigrationList;
  /** What is being done, for error messages: "Applying migrations to /x.db". */
  action: string;
}

/** Opens an engine on `dbFile`, runs `run`, then frees it and closes its connections. Failures become an
 *  AppError saying what failed, in which migration, and why (see migrate-errors). */
export async function withSchemaEngine<T>(call: EngineCall, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await loadEngineClass();
  const adapter = createMigrationAdapter(call.dbFile);
  let engine: SchemaEngine | undefined;
  try {
    const datamodels = call.schema?.map((file): [string, string] => [file.path, file.content]);
    engine = await Engine.new({ datamodels }, () => {}, adapter.factory);
    return await run(engine);
  } catch (error) {
    const message = explainEngineFailure(error, {
      action: call.action,
      registry: adapter.factory.errorRegistry,
      lastFailure: adapter.lastFailure(),
      migrations: call.migrations,
    });
    throw new AppError("INTERNAL", message, { cause: error });
  } finally {
    engine?.free();
    await adapter.close();
  }
}
