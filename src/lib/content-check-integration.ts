/**
 * Astro integration that runs the content check before `astro build` and `astro dev`, so a
 * contributor's mistake is reported as `content/<file>: <field>: <problem>: <fix>` lines rather
 * than as a stack trace from deep inside the content layer. A problem stops `astro build` and
 * `astro dev` at start-up (exit code 1), before Astro's own, less readable, validation error.
 * Mistakes made while `astro dev` runs are reported by Astro itself.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, summaryLine } from './content-check.ts';
import { collectionDirs, readLayeredTree } from './content-dirs.ts';

/** `root`: the content folder, absolute; `label`: how file paths start in messages. */
export function contentCheck(options: { root: string; label?: string }): AstroIntegration {
  return {
    name: 'ospo-zone:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const label = options.label ?? 'content';
        const { problems } = checkContent(readLayeredTree(collectionDirs(options.root), options.root));
        if (!problems.length) return;
        console.error(problems.map((p) => formatProblem(p, label)).join('\n'));
        console.error(`\n${summaryLine(problems.length, label, `: astro ${command} stops here`)}`);
        process.exit(1);
      },
    },
  };
}
