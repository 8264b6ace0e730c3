// The order to copy tables in so that every foreign key finds its parent: parents first, ties by name.
// Pure (Kahn's algorithm); a cycle is reported rather than broken.

/** `dependencies`: table → tables it references (itself allowed: a self-reference orders nothing). */
export function orderByDependencies(dependencies: Map<string, string[]>): string[] {
  const pending = new Map(
    [...dependencies].map(([table, parents]) => [
      table,
      new Set(parents.filter((p) => p !== table && dependencies.has(p))),
    ]),
  );
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, parents]) => parents.size === 0)
      .map(([table]) => table)
      .sort();
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle between ${[...pending.keys()].sort().join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
      for (const parents of pending.values()) parents.delete(table);
    }
  }
  return ordered;
}
