/**
 * Caches a promise per key, but forgets it when it rejects: a chunk, a file or a module that failed to load is
 * tried again on the next call (the network may be back).
 */
export function cached<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const pending = new Map<K, Promise<T>>();
  return (key) => {
    let p = pending.get(key);
    if (!p) {
      p = load(key).catch((err) => {
        pending.delete(key);
        throw err;
      });
      pending.set(key, p);
    }
    return p;
  };
}
