import { describe, expect, it } from 'vitest';
import { formatIssues, formatFieldPath, type FieldPath } from '../check/content-issue.ts';
import { earlierFigures, figureChanges, uncorrectedFigureChanges } from './figure-changes.ts';

const claim = (id: string, killed: unknown, extra: Record<string, unknown> = {}) => ({ id, killed, ...extra });
const v1 = { label: 'commit aaaaaaa (2026-11-01)', raw: { claims: [claim('kidnap', 0, { abducted: 1 }), claim('koumbori', 'over 50')] } };
const v2 = { label: 'commit bbbbbbb (2026-11-20)', raw: { claims: [claim('kidnap', 'unknown', { abducted: 1 }), claim('koumbori', 'over 50'), claim('new', 3)] } };
const v3 = { label: 'the working copy', raw: { claims: [claim('kidnap', 'unknown', { abducted: 1, wounded: 2 }), claim('koumbori', 'over 50')] } };

describe('figureChanges', () => {
  it('finds each figure that changed, in the version that changed it', () => {
    expect(figureChanges([v1, v2, v3])).toEqual([
      { claim: 'kidnap', field: 'killed', from: '0', to: '"unknown"', in: 'commit bbbbbbb (2026-11-20)' },
      { claim: 'kidnap', field: 'wounded', from: '(none)', to: '2', in: 'the working copy' },
    ]);
  });

  it('ignores claims added or removed, and a single version', () => {
    expect(figureChanges([v2, { label: 'x', raw: { claims: [claim('koumbori', 'over 50')] } }])).toEqual([]);
    expect(figureChanges([v1])).toEqual([]);
  });
});

describe('earlierFigures', () => {
  it('gives each replaced killed figure with the day of the commit that replaced it', () => {
    const dated = [v1, v2, v3].map((v, i) => ({ ...v, ...(i < 2 && { date: ['2026-11-01', '2026-11-20'][i] }) }));
    expect(earlierFigures(dated)).toEqual([{ claim: 'kidnap', killed: 0, until: '2026-11-20' }]);
  });
});

describe('uncorrectedFigureChanges', () => {
  const FILE = 'content/briefs/2022/2022-05-06-x.md';
  const lines: Record<string, number> = { 'claims[0].killed': 21 };
  const current = (corrections: unknown[]) => ({ file: FILE, raw: { ...v2.raw, corrections }, lineOf: (p: FieldPath) => lines[formatFieldPath(p)] ?? 1 });

  it('warns when a figure changed and no correction names the claim', () => {
    expect(formatIssues(uncorrectedFigureChanges(current([]), [v1, v2]))).toBe(
      `${FILE}:21: warning: claims[0].killed: changed from 0 to "unknown" in commit bbbbbbb (2026-11-20), and no correction names "kidnap"; expected a dated correction saying what changed, e.g. corrections: [{ date: "YYYY-MM-DD", text: "…", claims: [kidnap] }]`,
    );
  });

  it('is silent once a correction names the claim', () => {
    expect(uncorrectedFigureChanges(current([{ date: '2026-11-20', text: 'Toll unknown, not 0.', claims: ['kidnap'] }]), [v1, v2])).toEqual([]);
  });
});
