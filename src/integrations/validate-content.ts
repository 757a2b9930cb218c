import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatIssues, type ContentIssue } from '../lib/check/content-issue.ts';
import { contentSession, type Report } from '../loader/session.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const errorsOf = (issues: readonly ContentIssue[]) => issues.filter((i) => i.severity === 'error');
const summary = (errors: readonly ContentIssue[]) => `${plural(errors.length, 'content error')} in ${plural(new Set(errors.map((e) => e.file)).size, 'file')}`;

/** The page the preview shows instead of any page while content has errors; it reloads itself when they are fixed. */
export function errorPage(errors: readonly ContentIssue[], base: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${summary(errors)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff3f3;border-left:4px solid #b00020;padding:1rem;font-size:14px}</style>
<script type="module" src="${base}@vite/client"></script></head>
<body><h1>${summary(errors)}</h1><p>Nothing is published while these remain; this page reloads when they are fixed. <code>npm run check</code> prints the same list.</p>
<pre class="content-errors">${escapeHtml(formatIssues(errors))}</pre></body></html>`;
}

/**
 * Reports the content check that the loaders made while reading every author file: in a
 * production build, any error stops the build before a page is written, with exit code 1,
 * the `file:line: field: …` list and no stack trace, and removes the output folder so no
 * stale site passes for the new one. Under `astro dev`, the same lines go to the terminal
 * and every page shows them until they are fixed.
 */
export function validateContentIntegration(root: string): AstroIntegration {
  let outDir: URL | undefined;
  let base = '/';
  return {
    name: 'briefs:validate-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base.replace(/\/?$/, '/');
      },
      // Content is loaded before the build starts: this is the first moment it is all known.
      'astro:build:start': ({ logger }) => {
        const session = contentSession(root);
        const { issues } = session.report;
        const errors = errorsOf(issues);
        if (session.complete() && errors.length === 0) {
          if (issues.length > 0) logger.warn(`\n${formatIssues(issues)}`);
          return;
        }
        const lines = session.complete() ? `${formatIssues(issues)}\n${summary(errors)}; nothing was built. \`npm run check\` prints the same list.` : 'the content was not fully loaded; run `npm run check`';
        process.stderr.write(`${lines}\n`);
        if (outDir) {
          const out = fileURLToPath(outDir);
          if (relative(out, root).startsWith('..')) rmSync(out, { recursive: true, force: true });
        }
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const session = contentSession(root);
        let shown = '';
        const show = (report: Report) => {
          const text = formatIssues(report.issues);
          if (text === shown) return;
          if (text && errorsOf(report.issues).length > 0) logger.error(`\n${text}`);
          else if (text) logger.warn(`\n${text}`);
          else if (shown) logger.info('content problems fixed');
          shown = text;
          server.hot.send({ type: 'full-reload' });
        };
        session.listeners.add(show);
        if (session.complete()) show(session.report);
        server.middlewares.use((req, res, next) => {
          // A probable duplicate leaves the pages up, its message on them (ContentProblems.astro).
          const errors = errorsOf(session.report.issues).filter((i) => !i.renders);
          const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
          if (errors.length === 0 || !wantsPage) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(errorPage(errors, base));
        });
      },
    },
  };
}
