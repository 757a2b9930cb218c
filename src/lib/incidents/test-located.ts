import { ClaimSchema, type ClaimInput } from '../../schema/claim.ts';
import type { LocatedClaim } from './located-claim.ts';

/** For tests: a claim written at `file`, its item (`- id:`) at `line` and the other fields on the following lines: the defaults, then the case's own. */
export function located(file: string, briefDate: string, line: number, index: number, fields: Partial<ClaimInput> & Pick<ClaimInput, 'id'>): LocatedClaim {
  const { id, ...rest } = fields;
  const written = { id, date: '2023-09-04', region: 'burkina-faso-koumbori', perpetrators: [], victims: { category: 'military' }, killed: 'unknown', claimant: 'jnim', stance: 'claimed', sources: ['s'], ...rest } as ClaimInput;
  const keys = Object.keys(written);
  return {
    claim: ClaimSchema.parse(written),
    file,
    field: `claims[${index}]`,
    briefDate,
    index,
    draft: false,
    lineOf: (key?: string) => (key && keys.includes(key) ? line + keys.indexOf(key) : line),
  };
}

/** Burkina Faso and Mali with a few regions inside them. */
const PARENTS: Record<string, string> = {
  'burkina-faso-koumbori': 'burkina-faso-nord',
  'burkina-faso-nord': 'burkina-faso',
  'burkina-faso-kongoussi': 'burkina-faso',
  'mali-moura': 'mali-mopti',
  'mali-mopti': 'mali',
  'mali-gao': 'mali',
};

/** Ancestors in that small tree, nearest first. */
export function ancestors(region: string): string[] {
  const up: string[] = [];
  for (let r = PARENTS[region]; r; r = PARENTS[r]) up.push(r);
  return up;
}
