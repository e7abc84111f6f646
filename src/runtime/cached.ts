/**
 * Caches a promise per key, but forgets it when it rejects: a chunk, a file or a module that failed to load is
 * tried again on the next call (the network may be back). `clear()` forgets everything (the data moved); `peek`
 * gives a value already loaded, synchronously (a render that must not wait: on a server, or to avoid a flash of
 * the loading state for data the page has).
 */
export interface Cached<K, T> {
  (key: K): Promise<T>;
  clear(): void;
  peek(key: K): T | undefined;
}

export function cached<K, T>(load: (key: K) => Promise<T>): Cached<K, T> {
  const pending = new Map<K, Promise<T>>();
  const loaded = new Map<K, T>();
  const get = (key: K) => {
    let p = pending.get(key);
    if (!p) {
      p = load(key).then(
        (value) => {
          if (pending.get(key) === p) loaded.set(key, value);
          return value;
        },
        (err: unknown) => {
          if (pending.get(key) === p) pending.delete(key);
          throw err;
        },
      );
      pending.set(key, p);
    }
    return p;
  };
  const clear = () => {
    pending.clear();
    loaded.clear();
  };
  return Object.assign(get, { clear, peek: (key: K) => loaded.get(key) });
}
