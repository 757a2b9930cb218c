import type { ClaimRecord } from '../../src/lib/claims/index.ts';
import { publicBriefs } from './dist.ts';

/** Every public claim of the starter content, as the site's arithmetic reads them. */
export const starterClaims: ClaimRecord[] = publicBriefs.flatMap((b) => b.data.claims.map((c) => ({ ...c, brief: b.id, briefDate: b.data.date })));
