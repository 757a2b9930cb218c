import { describe, expect, it } from 'vitest';
import { formatIssues, formatFieldPath, type FieldPath } from '../check/content-issue.ts';
import { checkCorrections } from './check-corrections.ts';

const FILE = 'content/briefs/2024/2024-03-01-x.md';
/** A brief as written; each field's line is its position in `lines`, as an editor shows it. */
function brief(raw: Record<string, unknown>, lines: Record<string, number> = {}) {
  return { file: FILE, raw, lineOf: (path: FieldPath) => lines[formatFieldPath(path)] ?? 1 };
}
const claims = [{ id: 'menaka-claim' }, { id: 'gao-claim' }];

describe('checkCorrections', () => {
  it('accepts corrections on or after the brief date naming its own claims', () => {
    const ok = brief({ date: '2024-03-01', claims, corrections: [{ date: '2024-03-01', text: 'x' }, { date: '2024-04-02', text: 'y', claims: ['gao-claim'] }] });
    expect(checkCorrections(ok)).toEqual([]);
  });

  it('refuses a correction dated before the brief', () => {
    const early = brief({ date: '2024-03-01', claims, corrections: [{ date: '2024-02-28', text: 'x' }] }, { 'corrections[0].date': 30 });
    expect(formatIssues(checkCorrections(early))).toBe(
      `${FILE}:30: corrections[0].date: "2024-02-28" is before the brief's date 2024-03-01; expected a correction dated on or after the day the brief was published`,
    );
  });

  it('refuses a correction naming a claim the brief does not hold, suggesting the nearest', () => {
    const stray = brief({ date: '2024-03-01', claims, corrections: [{ date: '2024-03-05', text: 'x', claims: ['gao-claim', 'menaka-clam'] }] }, { 'corrections[0].claims[1]': 33 });
    expect(formatIssues(checkCorrections(stray))).toBe(
      `${FILE}:33: corrections[0].claims[1]: "menaka-clam" is not a claim of this brief; expected one of its claim ids: menaka-claim, gao-claim (did you mean "menaka-claim"?)`,
    );
  });

  it('says so when the brief holds no claims at all', () => {
    const none = brief({ date: '2024-03-01', corrections: [{ date: '2024-03-05', text: 'x', claims: ['koumbori'] }] }, { 'corrections[0].claims[0]': 12 });
    expect(formatIssues(checkCorrections(none))).toBe(
      `${FILE}:12: corrections[0].claims[0]: "koumbori" is not a claim of this brief, which has none; expected the correction in the brief that reports the claim`,
    );
  });

  it('warns when corrections are not oldest first', () => {
    const order = brief({ date: '2024-03-01', corrections: [{ date: '2024-04-01', text: 'x' }, { date: '2024-03-10', text: 'y' }] }, { 'corrections[1].date': 20 });
    expect(formatIssues(checkCorrections(order))).toBe(
      `${FILE}:20: warning: corrections[1].date: "2024-03-10" is before the correction above it (2024-04-01); expected corrections oldest first, newest last`,
    );
  });

  it('leaves malformed values to the schema', () => {
    expect(checkCorrections(brief({ date: '2024-03-01', corrections: [{ date: 20240201, claims: [3] }, 'text'] }))).toEqual([]);
    expect(checkCorrections(brief({ date: '2024-03-01', corrections: 'none' }))).toEqual([]);
  });
});
