// A stable digest of plain data (strings, numbers, booleans, null, undefined, dates, arrays,
// Maps, Sets and plain objects), for telling whether what a page read has changed since the
// last build. Order counts (it is the order pages print things in). Each object is hashed once
// per memo: a build keeps one memo, so a brief read by a hundred pages is hashed once.
import { createHash } from 'node:crypto';

/** Thrown for a value that is not plain data (a function, a class instance, a cycle): a page that read it is not kept. */
export class NotPlainData extends Error {}

/** Digests by object, kept for one build: the site model does not change while it builds. */
export type DigestMemo = WeakMap<object, string>;

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/** The digest of `value`; objects already in `memo` are not hashed again. */
export function digestOf(value: unknown, memo: DigestMemo = new WeakMap(), open = new Set<object>()): string {
  switch (typeof value) {
    case 'string':
      // Short strings go in as they are; long ones (bodies) are hashed first.
      return value.length > 64 ? `s${sha1(value)}` : `s${JSON.stringify(value)}`;
    case 'number':
      return `n${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'boolean':
      return value ? 'T' : 'F';
    case 'undefined':
      return 'u';
    case 'bigint':
      return `b${value}`;
    case 'object':
      break;
    default:
      throw new NotPlainData(`a ${typeof value} is not plain data`);
  }
  if (value === null) return 'N';
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (open.has(value)) throw new NotPlainData('a cycle is not plain data');
  open.add(value);
  const part = (v: unknown) => digestOf(v, memo, open);
  let text: string;
  if (Array.isArray(value)) text = `[${value.map(part).join(',')}]`;
  else if (value instanceof Map) text = `M{${[...value].map(([k, v]) => `${part(k)}:${part(v)}`).join(',')}}`;
  else if (value instanceof Set) text = `S{${[...value].map(part).join(',')}}`;
  else if (value instanceof Date) text = `D${value.getTime()}`;
  else if (value instanceof URL) text = `L${JSON.stringify(value.href)}`;
  else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new NotPlainData(`a ${proto?.constructor?.name ?? 'class'} instance is not plain data`);
    text = `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${part(v)}`).join(',')}}`;
  }
  open.delete(value);
  const digest = `o${sha1(text)}`;
  memo.set(value, digest);
  return digest;
}
