import { ClaimSchema, type ClaimInput } from '../../schema/claim.ts';
import type { ClaimRecord } from './types.ts';

/** For tests: a ClaimRecord from the fields a case cares about, in the authors' own notation, parsed by the real schema. */
export function claimRecord(fields: Partial<ClaimInput> & Pick<ClaimInput, 'id'>): ClaimRecord {
  const claim = ClaimSchema.parse({
    date: '2024-01-15',
    region: 'mali-menaka',
    perpetrators: [],
    victims: { category: 'civilians' },
    killed: 10,
    claimant: 'acled',
    stance: 'reported',
    sources: ['acled-2024-01'],
    ...fields,
  });
  return { ...claim, brief: 'mw-weekly-2024-02-01', briefDate: '2024-02-01' };
}
