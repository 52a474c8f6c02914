/**
 * Astro integration that runs the content check, so a contributor's mistake is reported as
 * `content/<file>: <field>: <problem>: <fix>` lines rather than as a stack trace from deep inside
 * the content layer:
 *   - before `astro build`: a problem stops it at start-up (exit code 1), before Astro's own, less
 *     readable, validation error; on GitHub Actions the problems are also printed as annotations
 *     for the pull request's diff; `astro dev` stops the same way only for a file that breaks its
 *     schema (Astro's loader would fail on it), and otherwise starts and shows the problems;
 *   - under `astro dev`: at start-up and after every change under the content folder or
 *     public/logos/ (an edit, a new or deleted file), the check runs; problems are printed and
 *     shown in the browser's error overlay, and once they are fixed the page reloads.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectionDirs } from '../lib/content/dirs.ts';
import { invalidateContent, loadContent } from '../lib/content/load.ts';
import { problemReport, summaryLine, type Problem } from '../lib/content/problems.ts';

/** Milliseconds to wait after a change before checking, so a save of several files is one check. */
const SETTLE_MS = 150;

/** `root`: the content folder, absolute; `label`: how file paths start in messages. */
export function contentCheck(options: { root: string; label?: string }): AstroIntegration {
  const label = options.label ?? 'content';
  let publicDir = '';
  /** The check's result for the content as it is now (read once, shared with astro.config.mjs). */
  const load = () => loadContent(options.root, { publicDir });
  const report = (problems: readonly Problem[]) =>
    problemReport(problems, label, process.env.GITHUB_ACTIONS === 'true').join('\n');
  return {
    name: 'ospo-zone:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        publicDir = fileURLToPath(config.publicDir);
        // The result astro.config.mjs computed when it loaded (the same root and public folder).
        const { entries, problems } = load();
        // `astro dev` starts when every file passes its schema (Astro's loader would stop with a
        // stack trace otherwise) and shows the remaining problems over every page, so that a file
        // just made with `npm run new`, still holding the template's examples, can be written
        // with its page beside it.
        const valid = new Set(entries.map((e) => e.path));
        if (command === 'dev' && problems.every((p) => valid.has(p.file) || !p.file.endsWith('.md'))) return;
        if (!problems.length) return;
        console.error(report(problems));
        console.error(`\n${summaryLine(problems.length, label, `: astro ${command} stops here`)}`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Content files, and the logos that members' `logo` fields name.
        const watched = [options.root, ...Object.values(collectionDirs(options.root)), join(publicDir, 'logos')];
        server.watcher.add(watched);
        const hot = server.environments.client.hot;
        let timer: NodeJS.Timeout | undefined;
        /** The overlay for the problems found last, until they are fixed. */
        let overlay:
          | { type: 'error'; err: { name: string; title: string; message: string; hint: string; stack: string } }
          | undefined;
        // Astro reloads the page when content changes, which clears the overlay: every page that
        // connects while problems remain gets it again.
        hot.on('connection', () => {
          if (overlay) hot.send(overlay);
        });
        const recheck = () => {
          const { problems } = load();
          if (problems.length) {
            const text = report(problems);
            logger.error(`\n${text}\n\n${summaryLine(problems.length, label)}`);
            // Astro's error overlay shows `name`, `title`, `message` and `hint`; its copy button
            // copies `stack`, here the same lines.
            overlay = {
              type: 'error',
              err: {
                name: 'Content check',
                title: `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${label}/`,
                message: text,
                hint: 'Each line reads file: field: what is wrong: how to fix. The page reloads once they are fixed.',
                stack: text,
              },
            };
            hot.send(overlay);
          } else if (overlay) {
            overlay = undefined;
            logger.info(`${label}/: no problems left`);
            hot.send({ type: 'full-reload' });
          }
        };
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => path.startsWith(dir))) return;
          invalidateContent(options.root);
          clearTimeout(timer);
          timer = setTimeout(recheck, SETTLE_MS);
        });
        // The first check, once the server is up.
        recheck();
      },
    },
  };
}
