// Which database a location names: a postgresql:// URL is PostgreSQL, anything else a SQLite file path.
// Pure: the client, migrations and scripts all decide the same way.

export type DbProvider = "sqlite" | "postgresql";

export function providerOf(database: string): DbProvider {
  return /^postgres(?:ql)?:\/\//i.test(database) ? "postgresql" : "sqlite";
}

/** The URL with its password replaced, for logs and error messages. */
export function redactDatabase(database: string): string {
  if (providerOf(database) === "sqlite") return database;
  try {
    const url = new URL(database);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgresql://(unparsable URL)";
  }
}
