import { describe, expect, it } from 'vitest';
import { searchIncidents } from './search-incidents.ts';
import { incidents, names } from './test-incidents.ts';

const find = (query: string) => searchIncidents(query, incidents, names).map((i) => i.id);

describe('searchIncidents', () => {
  it.each([
    ['a place, without its accents', 'djenne', ['moura-2022-03']],
    ['a region around the place', 'burkina', ['koumbori-claim']],
    ['an actor by an alias', 'gsim', ['koumbori-claim', 'moura-2022-03']],
    ['a month', '2023-09', ['koumbori-claim']],
    ['a day inside a month-dated claim', '2022-03-27', ['moura-2022-03']],
    ['a year and an actor, both needed', '2022 wagner', ['moura-2022-03']],
    ['a region name with accents', 'Ménaka', ['menaka-is']],
    ['nothing known', 'kidal', []],
  ])('finds incidents by %s', (_, query, ids) => {
    expect(find(query)).toEqual(ids);
  });

  it('finds nothing for an empty query', () => {
    expect(find('  ')).toEqual([]);
  });
});

