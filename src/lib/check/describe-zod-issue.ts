import type { z } from 'zod';
import { editDistance } from '../text/suggest-id.ts';
import { synonymOf } from './value-synonyms.ts';

/** A value as an author would recognise it in an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return JSON.stringify(value);
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  nonoptional: 'a value',
};

/** The value of `options` that `found` means: another word for it ("boasted" → claimed), or the closest spelling if close enough to be a typo. */
export function nearest(found: string, options: readonly string[]): string | undefined {
  const synonym = synonymOf(found, options);
  if (synonym) return synonym;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(found.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(2, Math.floor(found.length / 3)) ? best : undefined;
}

const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean "${suggestion}"?)` : '');

/** ` (did you mean "x"?)` for the value of `options` that `found` most likely means, or nothing. */
export const didYouMean = (found: string, options: readonly string[]): string => (found ? hint(nearest(found, options)) : '');

/**
 * Rewords one zod issue for an author: what was found, what is accepted. `input` is the
 * value at the issue's path; `fields` are the field names the schemas know, for typos.
 * Returns one message per offending key for unknown fields.
 */
export function describeZodIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  fields: readonly string[],
): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      return [{
        path,
        message: input === undefined
          ? `required field is missing; expected ${NOUNS[issue.expected] ?? issue.expected}`
          : `found ${showValue(input)}; expected ${NOUNS[issue.expected] ?? issue.expected}`,
      }];
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      return [{ path, message: `found ${showValue(input)}; expected one of ${values.join(' | ')}${hint(typeof input === 'string' ? nearest(input, values) : undefined)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"${hint(nearest(key, fields))}; expected only the fields the authoring guide lists`,
      }));
    case 'too_small':
      return [{
        path,
        message: issue.origin === 'array' || issue.origin === 'string'
          ? `found ${input === '' ? 'empty text' : showValue(input)}; expected at least ${issue.minimum} ${issue.origin === 'array' ? 'item' : 'character'}${Number(issue.minimum) === 1 ? '' : 's'}`
          : `found ${showValue(input)}; expected at least ${issue.minimum}`,
      }];
    case 'too_big':
      return [{
        path,
        message: issue.origin === 'array' || issue.origin === 'string'
          ? `found ${(input as unknown[] | string).length} ${issue.origin === 'array' ? 'items' : 'characters'}; expected at most ${issue.maximum}`
          : `found ${showValue(input)}; expected at most ${issue.maximum}`,
      }];
    case 'invalid_format':
      return [{ path, message: issue.message.startsWith('expected') ? `found ${showValue(input)}; ${issue.message}` : issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}
