/**
 * Astro integration that runs the content check before `astro build` and `astro dev`, so a
 * contributor's mistake is reported as `content/<file>: <field>: <problem>: <fix>` lines rather
 * than as a stack trace from deep inside the content layer.
 * On `build` a problem stops the build (exit code 1); on `dev` the lines are printed as warnings.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from './content-check.ts';
import { readContentTree } from './content-files.ts';

/** `root`: the content folder, absolute; `label`: how file paths start in messages. */
export function contentCheck(options: { root: string; label?: string }): AstroIntegration {
  return {
    name: 'ospo-zone:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const label = options.label ?? 'content';
        const { problems } = checkContent(readContentTree(options.root));
        if (!problems.length) return;
        const lines = problems.map((p) => formatProblem(p, label));
        if (command === 'build') {
          console.error(lines.join('\n'));
          console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${label}/: the build stops here. Each line reads file: field: what is wrong: how to fix.`);
          process.exit(1);
        }
        for (const l of lines) logger.warn(l);
      },
    },
  };
}
