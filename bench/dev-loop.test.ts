import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaim } from './dev-loop.ts';

const brief = (claims: string) => `---
title: "A brief"
actors: [jnim]
claims:
${claims}---
Body text with killed: 12 in it, which is not frontmatter.
`;

describe('findClaim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-claim-'));
  const noPerpetrator = join(dir, 'a.md');
  const withPerpetrator = join(dir, 'b.md');
  writeFileSync(noPerpetrator, brief('  - id: unknown-hand\n    perpetrators: []\n    killed: 4\n'));
  writeFileSync(withPerpetrator, brief('  - id: first\n    perpetrators: []\n    killed: "dozens"\n  - id: second\n    perpetrators: [jnim, wagner-group]\n    killed: 7\n'));

  it('picks the first claim that names a perpetrator, with the line of its figure', () => {
    expect(findClaim([noPerpetrator, withPerpetrator])).toEqual({ file: withPerpetrator, line: 9, claimId: 'second', actor: 'jnim' });
  });
  it('reads a block list of perpetrators, as the generated corpus writes them', () => {
    const block = join(dir, 'c.md');
    writeFileSync(block, brief('  - id: third\n    perpetrators:\n      - wagner-group\n      - jnim\n    killed: over 16\n'));
    expect(findClaim([noPerpetrator, block])).toEqual({ file: block, line: 8, claimId: 'third', actor: 'wagner-group' });
  });
  it('finds nothing when no claim names a perpetrator', () => {
    expect(findClaim([noPerpetrator])).toBeUndefined();
  });
});
