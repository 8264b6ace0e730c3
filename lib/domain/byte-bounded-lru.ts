// A map that keeps at most a given number of bytes, dropping the least recently used entries first —
// pure. The shared page cache's memory front and the web process's prepared cached replies both hold
// page-sized values under a byte budget, not a count.

export type ByteBoundedLru<V> = {
  /** The value, counted as a use (it becomes the most recent). */
  get: (key: string) => V | undefined;
  /** Stores the value as the most recent, then drops the oldest until the total fits; a value larger than the whole budget is not kept. */
  set: (key: string, value: V) => void;
  delete: (key: string) => void;
  entries: () => IterableIterator<[string, V]>;
};

export function createByteBoundedLru<V>(limitBytes: number, bytesOf: (value: V) => number): ByteBoundedLru<V> {
  // Insertion order is recency order: a use moves the key to the end, the oldest is first.
  const map = new Map<string, V>();
  let total = 0;
  const remove = (key: string) => {
    const value = map.get(key);
    if (value === undefined) return;
    total -= bytesOf(value);
    map.delete(key);
  };
  return {
    get(key) {
      const value = map.get(key);
      if (value === undefined) return undefined;
      map.delete(key);
      map.set(key, value);
      return value;
    },
    set(key, value) {
      remove(key);
      const bytes = bytesOf(value);
      if (bytes > limitBytes) return;
      map.set(key, value);
      total += bytes;
      for (const oldest of map.keys()) {
        if (total <= limitBytes) break;
        remove(oldest);
      }
    },
    delete: remove,
    entries: () => map.entries(),
  };
}
