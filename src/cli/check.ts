// `npm run check`: validates every author file at once and prints each problem as
// `file:line: field: problem; expected …`. Exit 1 on any error, 0 with warnings only.
import { performance } from 'node:perf_hooks';
import { formatIssues } from '../lib/content-issue.ts';
import { validateContent } from './validate-content.ts';
import { gitHistory } from '../data/git-history.ts';

const started = performance.now();
const root = process.argv[2] ?? process.env.BRIEFS_ROOT ?? process.cwd();
const { issues, files } = validateContent(root);
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
if (issues.length > 0) console.log(formatIssues(issues));
const history = gitHistory(root);
if (!history.available) console.log(history.message);
const ms = Math.round(performance.now() - started);
console.log(`${files} files checked in ${ms} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.exitCode = errors > 0 ? 1 : 0;
