import type { AstroIntegration } from 'astro';
import { formatIssues, type ContentIssue } from '../lib/content-issue.ts';

/**
 * Reports the full content check (`validateContent`) before Astro reads a single file. Astro alone stops at
 * the first invalid file, gives no line numbers, lets YAML roll `2024-13-45` over into a
 * valid date and only logs a dangling reference; this reports every problem in every
 * file and fails the build on any error. In `astro dev` the problems are logged instead,
 * so a preview keeps running while the author fixes them.
 */
export function validateContentIntegration(issues: readonly ContentIssue[]): AstroIntegration {
  return {
    name: 'briefs:validate-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (issues.length === 0) return;
        const errors = issues.filter((i) => i.severity === 'error');
        const report = formatIssues(issues);
        if (errors.length === 0) return logger.warn(`\n${report}`);
        if (command !== 'build') return logger.error(`\n${report}`);
        const files = new Set(errors.map((e) => e.file)).size;
        logger.error(`\n${report}`);
        throw new Error(`${errors.length} content error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; see above. Run \`npm run check\` for the full report.`);
      },
    },
  };
}
