import countries from 'i18n-iso-countries';
import { z } from 'zod';

/**
 * The longest id: ids become file names and addresses (a claim's card, a brief's tables),
 * and a name too long for the file system would stop the build.
 */
export const MAX_ID = 80;

/** An id of an actor, region, series, source or claim: lowercase words joined by hyphens. */
export const IdSchema = z
  .string()
  .max(MAX_ID, { abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id; expected lowercase words joined by hyphens, like "wagner-group"` });

/** A list of ids; an omitted list is empty. */
export const IdListSchema = z.array(IdSchema).default([]);

/** An ISO 3166-1 alpha-3 country code that exists. */
export const CountryCodeSchema = z
  .string()
  .refine((code) => /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a country code; expected ISO 3166-1 alpha-3, like "MLI"`,
  })
  .meta({ pattern: '^[A-Z]{3}$' });

/** Text an author must write: not empty, not only spaces. */
export const TextSchema = z.string().regex(/\S/, { error: (issue) => `found ${issue.input === '' ? 'empty text' : 'blank text'}; expected at least one word` });
