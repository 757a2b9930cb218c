import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './export-schemas.ts';

describe('JSON Schemas for editors', () => {
  const schemas = jsonSchemas();

  it('are committed as generated (run `npm run schema` after changing a schema)', () => {
    for (const [name, text] of Object.entries(schemas)) {
      expect(readFileSync(join(import.meta.dirname, '../../public/schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('describe the fields authors write, with enums and the counts grammar', () => {
    const brief = JSON.parse(schemas['brief.schema.json']!);
    expect(brief.required).toEqual(expect.arrayContaining(['title', 'series', 'date', 'authors', 'summary']));
    const claim = brief.properties.claims.items;
    expect(claim.properties.stance.enum).toEqual(['claimed', 'reported', 'alleged', 'confirmed', 'denied', 'disputed']);
    const phrase = new RegExp(claim.properties.killed.anyOf[1].pattern);
    for (const ok of ['over 50', 'about 20', '20-35', 'dozens', 'unknown']) expect(phrase.test(ok), ok).toBe(true);
    expect(phrase.test('lots')).toBe(false);
  });
});
