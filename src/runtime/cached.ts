/**
 * Caches a promise per key, but forgets it when it rejects: a chunk, a file or a module that failed to load is
 * tried again on the next call (the network may be back). `clear()` forgets everything (the data moved).
 */
export interface Cached<K, T> {
  (key: K): Promise<T>;
  clear(): void;
}

export function cached<K, T>(load: (key: K) => Promise<T>): Cached<K, T> {
  const pending = new Map<K, Promise<T>>();
  const get = (key: K) => {
    let p = pending.get(key);
    if (!p) {
      p = load(key).catch((err) => {
        if (pending.get(key) === p) pending.delete(key);
        throw err;
      });
      pending.set(key, p);
    }
    return p;
  };
  return Object.assign(get, { clear: () => pending.clear() });
}
