import type { AstroIntegration } from 'astro';
import { gitHistory } from '../content/git-history.ts';

/** Says once, at the start of a build or preview, when the content has no git history to read. */
export function gitHistoryIntegration(root: string): AstroIntegration {
  return {
    name: 'briefs:git-history',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const history = gitHistory(root);
        if (!history.available) logger.info(history.message);
      },
    },
  };
}
