import { z } from 'zod';

/** An id of an actor, region, series, source or claim: lowercase words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id; expected lowercase words joined by hyphens, like "wagner-group"` });

/** A list of ids; an omitted list is empty. */
export const IdListSchema = z.array(IdSchema).default([]);

/** An ISO 3166-1 alpha-3 country code. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a country code; expected ISO 3166-1 alpha-3, like "MLI"` });
