import { describe, expect, it } from 'vitest';
import { citedSources } from './cited-sources.ts';

describe('a brief\'s sources', () => {
  it('lists its own sources, then its claims\', then those only its body cites, each once', () => {
    const data = { sources: ['acled-mali-2024', 'hrw-2024-12-12'], claims: [{ sources: ['hrw-2024-12-12', 'aljazeera-2025-03-24'] }, { sources: ['ctp-2022-05-05'] }] };
    expect(citedSources(data, ['naba-2022-09', 'acled-mali-2024'])).toEqual(['acled-mali-2024', 'hrw-2024-12-12', 'aljazeera-2025-03-24', 'ctp-2022-05-05', 'naba-2022-09']);
    expect(citedSources({ sources: [], claims: [] }, [])).toEqual([]);
  });
});
