// A view of a record of indexes (the site model) that tells what was read from it: which
// fields, and for a Map field which keys (`get` and `has`), or the whole Map when it is
// iterated, counted or otherwise used. Everything else a page reads of a field counts as the
// whole field. The view hands out the same values, so a page prints exactly what it would
// print from the record itself.

/** A read: a field of the record, and a key of it when only that key was looked up (`ALL` otherwise). */
export type Read = { field: string; key: unknown };
export const ALL: unique symbol = Symbol('the whole field');

/**
 * A view of `record` that calls `onRead` for every field read, before handing it out.
 * Fields that are functions are handed out as they are, without a read: they must read
 * the record through this same view.
 */
export function trackReads<R extends object>(record: R, onRead: (field: string, key: unknown) => void): R {
  const views = new Map<string, unknown>();
  const view = {} as R;
  for (const field of Object.keys(record)) {
    Object.defineProperty(view, field, {
      enumerable: true,
      get() {
        const value = (record as Record<string, unknown>)[field];
        if (typeof value === 'function') return value;
        if (!(value instanceof Map)) {
          onRead(field, ALL);
          return value;
        }
        let mapView = views.get(field);
        if (mapView === undefined) views.set(field, (mapView = trackMap(value, (key) => onRead(field, key))));
        return mapView;
      },
    });
  }
  return view;
}

/** A Map that reports each key looked up, and `ALL` for any other use. */
function trackMap<K, V>(map: Map<K, V>, onRead: (key: unknown) => void): Map<K, V> {
  return new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has') {
        return (key: K) => {
          onRead(key);
          return property === 'get' ? target.get(key) : target.has(key);
        };
      }
      onRead(ALL);
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What a read saw: the field's value, or the value at its key (`undefined` when the key is absent, told apart from a present `undefined`). */
export function valueRead(record: object, field: string, key: unknown): unknown {
  const value = (record as Record<string, unknown>)[field];
  if (key === ALL) return value;
  if (!(value instanceof Map)) return { notAMap: value };
  return value.has(key) ? { value: value.get(key) } : { absent: true };
}
