/**
 * An object whose fields are computed on first read and kept: the site model builds each
 * index only when a page asks for it, so a page that needs three of them (a brief's, in
 * the live preview after a save) does not wait for all of them.
 */
export function lazyRecord<B extends Record<string, () => unknown>>(build: B): { readonly [K in keyof B]: ReturnType<B[K]> } {
  const record = {} as { [K in keyof B]: ReturnType<B[K]> };
  for (const key of Object.keys(build) as (keyof B & string)[]) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = build[key]!() as ReturnType<B[typeof key]>;
        Object.defineProperty(record, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return record;
}

/** A value computed on the first call and returned again on every later one. */
export function once<T>(compute: () => T): () => T {
  let state: { value: T } | undefined;
  return () => (state ??= { value: compute() }).value;
}
