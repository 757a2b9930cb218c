// `npm run check`: validates every author file at once and prints each problem as
// `file:line: field: problem; expected …`. Exit 1 on any error, 0 with warnings only.
// It runs the loader's own code: what it accepts is what the build publishes.
import { performance } from 'node:perf_hooks';
import { formatIssues } from '../lib/check/content-issue.ts';
import { validateContentOnThreads } from '../content/validate-content.ts';
import { gitHistory } from '../content/git-history.ts';

const started = performance.now();
const root = process.argv[2] ?? process.env.BRIEFS_ROOT ?? process.cwd();
// Bodies are rendered on worker threads when BRIEFS_RENDER_THREADS asks for them and there are many; the results are the same.
const { issues, files, onDisk } = await validateContentOnThreads(root);
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
if (issues.length > 0) console.log(formatIssues(issues));
const history = gitHistory(root);
if (!history.available) console.log(history.message);
const ms = Math.round(performance.now() - started);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`${plural(onDisk, 'file')} on disk, ${files} checked in ${ms} ms: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
process.exitCode = errors > 0 || files !== onDisk ? 1 : 0;
