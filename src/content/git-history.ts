// The content's history from git, when the build runs in a checkout that has it. All git
// I/O lives here; what the history means (figure changes, last updates) is decided in
// src/lib/corrections/. Outside git, or in a shallow clone, history is unavailable and
// everything else works as before.
import { execFileSync } from 'node:child_process';
import { idOfFile, parseFile } from './read-content.ts';
import type { SourceFile } from '../lib/check/content-set.ts';
import type { ContentIssue } from '../lib/check/content-issue.ts';
import { earlierFigures, uncorrectedFigureChanges, type BriefVersion } from '../lib/corrections/figure-changes.ts';
import type { EarlierCount } from '../lib/corrections/incident-timeline.ts';
import { CountSchema } from '../schema/count.ts';
import { BriefSchema } from '../schema/brief.ts';

const BRIEFS = 'content/briefs';

/** One commit that touched a brief. */
interface Commit {
  hash: string;
  /** Committer date as recorded in the commit, ISO 8601 with its offset. */
  date: string;
}

/** What git knows about the briefs under a content root. */
export type GitHistory =
  | {
      available: true;
      /** Brief id → the day of the last commit that touched its file, `YYYY-MM-DD`. */
      lastUpdated: Map<string, string>;
      /** Brief file (relative to the root) → commits that touched it, newest first. */
      commits: Map<string, Commit[]>;
      /** Path of the root inside the repository, `''` or `sub/dir/`. */
      prefix: string;
    }
  | { available: false; /** Said once by the build and the check. */ message: string };

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });

const unavailable = (why: string): GitHistory => ({
  available: false,
  message: `content history unavailable (${why}): brief pages show no "last updated" and figure changes between commits are not checked`,
});

/** Reads the briefs' commit history under `root` (one `git log`). */
function readHistory(root: string): GitHistory {
  let prefix: string;
  try {
    const [inside, shallow, at = ''] = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']).split('\n');
    if (inside !== 'true') return unavailable('not a git checkout');
    if (shallow === 'true') return unavailable('a shallow clone');
    prefix = at.trim();
  } catch {
    return unavailable('not a git checkout');
  }
  let log: string;
  try {
    log = git(root, ['log', '--format=%x00%H %cI', '--name-only', '--relative', '--no-renames', '--', BRIEFS]);
  } catch {
    return unavailable('no commits yet');
  }
  const commits = new Map<string, Commit[]>();
  const lastUpdated = new Map<string, string>();
  for (const block of log.split('\0').slice(1)) {
    const [head, ...files] = block.split('\n').filter(Boolean);
    const [hash, date] = head!.split(' ') as [string, string];
    for (const file of files) {
      if (!file.endsWith('.md')) continue;
      commits.set(file, [...(commits.get(file) ?? []), { hash, date }]);
      if (!lastUpdated.has(idOfFile(file))) lastUpdated.set(idOfFile(file), date.slice(0, 10));
    }
  }
  return { available: true, lastUpdated, commits, prefix };
}

const cache = new Map<string, GitHistory>();
/** The briefs' history under `root`, read once per process. */
export function gitHistory(root: string): GitHistory {
  let history = cache.get(root);
  if (!history) cache.set(root, (history = readHistory(root)));
  return history;
}

const versionCache = new Map<string, Map<string, BriefVersion[]>>();
/** Each committed version of every brief, oldest first, by file: one `git cat-file` call per process. */
function committedVersions(root: string, history: Extract<GitHistory, { available: true }>): Map<string, BriefVersion[]> {
  const cached = versionCache.get(root);
  if (cached) return cached;
  const wanted = [...history.commits].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, commits]) => [...commits].reverse().map((commit) => ({ file, commit })));
  const versions = new Map<string, BriefVersion[]>();
  versionCache.set(root, versions);
  if (wanted.length === 0) return versions;
  const input = wanted.map(({ file, commit }) => `${commit.hash}:${history.prefix}${file}`).join('\n') + '\n';
  // Sizes are in bytes: read the answer as bytes, and decode each file on its own.
  const out = execFileSync('git', ['-C', root, 'cat-file', '--batch'], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  let at = 0;
  for (const { file, commit } of wanted) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    if (header.endsWith(' missing')) continue; // the commit deleted the file
    const size = Number(header.split(' ')[2]);
    const text = out.subarray(at, at + size).toString('utf8');
    at += size + 1;
    const raw = parseFile(file, text, BriefSchema, true).file?.raw;
    if (raw === undefined) continue;
    const day = commit.date.slice(0, 10);
    versions.set(file, [...(versions.get(file) ?? []), { label: `commit ${commit.hash.slice(0, 7)} (${day})`, raw, date: day }]);
  }
  return versions;
}

/**
 * Warnings for claims whose figure changed between commits, or since the last commit,
 * with no correction naming them. Empty when history is unavailable.
 */
export function figureHistoryIssues(root: string, briefs: readonly SourceFile[]): ContentIssue[] {
  const history = gitHistory(root);
  if (!history.available) return [];
  const all = committedVersions(root, history);
  return briefs.flatMap((brief) => {
    const versions = all.get(brief.file) ?? [];
    if (versions.length === 0) return [];
    return uncorrectedFigureChanges(brief, [...versions, { label: 'the working copy (not yet committed)', raw: brief.raw }]);
  });
}

/**
 * Every claim's killed figure that a later commit replaced, with the day it was replaced,
 * for the incident timelines. Empty when history is unavailable; a figure the counts grammar
 * cannot read (an old, invalid version) is left out.
 */
export function earlierCounts(root: string): EarlierCount[] {
  const history = gitHistory(root);
  if (!history.available) return [];
  return [...committedVersions(root, history).values()].flatMap((versions) =>
    earlierFigures(versions).flatMap((e) => {
      const killed = CountSchema.safeParse(e.killed);
      return killed.success ? [{ claim: e.claim, killed: killed.data, until: e.until }] : [];
    }),
  );
}
