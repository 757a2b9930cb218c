import type { ContentIssue } from '../check/content-issue.ts';
import { formatFieldPath } from '../check/content-issue.ts';
import type { SourceFile } from '../check/content-set.ts';

/** One version of a brief's frontmatter as written, from its history. */
export interface BriefVersion {
  /** How to name it to an author: `commit 1a2b3c4 (2026-12-02)`. */
  label: string;
  /** The YAML as written, before validation. */
  raw: unknown;
  /** The day it was committed, `YYYY-MM-DD`; absent for the working copy. */
  date?: string;
}

/** A claim's killed figure as written in an earlier version, and the day it was replaced. */
export interface EarlierFigure {
  claim: string;
  /** The value as written (number, phrase or object), for the counts grammar to read. */
  killed: unknown;
  /** The day of the commit that replaced it. */
  until: string;
}

/** A claim's figure that differs between two versions of a brief. */
export interface FigureChange {
  claim: string;
  field: (typeof FIGURES)[number];
  /** The value as written before and after, in YAML-like words: `0`, `"unknown"`, `(none)`. */
  from: string;
  to: string;
  /** The version that brought the change. */
  in: string;
}

const FIGURES = ['killed', 'wounded', 'abducted'] as const;
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const written = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** A version's figures by claim id: `claim → field → value as written`. */
function figuresOf(raw: unknown): Map<string, Map<string, string>> {
  const figures = new Map<string, Map<string, string>>();
  for (const claim of list(field(raw, 'claims'))) {
    const id = field(claim, 'id');
    if (typeof id === 'string') figures.set(id, new Map(FIGURES.map((f) => [f, written(field(claim, f))])));
  }
  return figures;
}

/**
 * Every change of a claim's killed, wounded or abducted figure between consecutive
 * versions (oldest first). A claim added or removed is not a change of its figure.
 */
export function figureChanges(versions: readonly BriefVersion[]): FigureChange[] {
  const changes: FigureChange[] = [];
  for (let i = 1; i < versions.length; i++) {
    const before = figuresOf(versions[i - 1]!.raw);
    for (const [claim, after] of figuresOf(versions[i]!.raw)) {
      const old = before.get(claim);
      if (!old) continue;
      for (const f of FIGURES) if (old.get(f) !== after.get(f)) changes.push({ claim, field: f, from: old.get(f)!, to: after.get(f)!, in: versions[i]!.label });
    }
  }
  return changes;
}

/** Each killed figure that a later dated version replaced, oldest first: what readers saw before. */
export function earlierFigures(versions: readonly BriefVersion[]): EarlierFigure[] {
  const earlier: EarlierFigure[] = [];
  for (let i = 1; i < versions.length; i++) {
    const until = versions[i]!.date;
    if (!until) continue;
    const before = new Map(list(field(versions[i - 1]!.raw, 'claims')).map((c) => [field(c, 'id'), field(c, 'killed')]));
    for (const claim of list(field(versions[i]!.raw, 'claims'))) {
      const id = field(claim, 'id');
      if (typeof id !== 'string' || !before.has(id)) continue;
      const old = before.get(id);
      if (written(old) !== written(field(claim, 'killed'))) earlier.push({ claim: id, killed: old, until });
    }
  }
  return earlier;
}

/**
 * Warnings for figures that changed in a brief's history while no correction names the
 * claim: readers and subscribers saw the old figure, and the brief must say it changed.
 * `history` is the brief's versions oldest first, its current text last.
 */
export function uncorrectedFigureChanges(brief: Pick<SourceFile, 'file' | 'raw' | 'lineOf'>, history: readonly BriefVersion[]): ContentIssue[] {
  const corrected = new Set(list(field(brief.raw, 'corrections')).flatMap((c) => list(field(c, 'claims'))));
  const claims = list(field(brief.raw, 'claims')).map((c) => field(c, 'id'));
  return figureChanges(history)
    .filter((change) => !corrected.has(change.claim) && claims.includes(change.claim))
    .map((change) => {
      const path = ['claims', claims.indexOf(change.claim), change.field];
      return {
        file: brief.file,
        line: brief.lineOf(path),
        field: formatFieldPath(path),
        message: `changed from ${change.from} to ${change.to} in ${change.in}, and no correction names "${change.claim}"; expected a dated correction saying what changed, e.g. corrections: [{ date: "YYYY-MM-DD", text: "…", claims: [${change.claim}] }]`,
        severity: 'warning' as const,
      };
    });
}
