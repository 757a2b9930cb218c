import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether drafts and scheduled briefs may show: only under `astro dev`.
 * Decided by the command, not by NODE_ENV, so no environment can leak a draft into a
 * production build.
 */
export function previewModeIntegration(): AstroIntegration {
  return {
    name: 'briefs:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.BRIEFS_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
