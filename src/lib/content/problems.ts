/**
 * What the content check reports: a problem is one line, `<file>: <field>: <what is wrong>: <how
 * to fix>`, so a contributor sees the file, the field and the fix without a stack trace; on
 * GitHub Actions the same problems are also written as annotations on the pull request's diff.
 */

/** One thing wrong with the content. `field` is a dotted path such as `next[1].activity`. */
export interface Problem {
  file: string;
  field: string;
  problem: string;
  fix: string;
  /** 1-based line of the file the problem is on, where known (for pull-request annotations). */
  line?: number;
}

/** Field name used for problems that concern the file as a whole. */
export const FILE_FIELD = '(file)';
/** Field name used for problems in the frontmatter block as a whole. */
export const FRONTMATTER_FIELD = '(frontmatter)';
/** Field name used for problems in the Markdown body. */
export const BODY_FIELD = '(body)';

/** Formats a problem as the one line contributors see. */
export function formatProblem(p: Problem, contentLabel = 'content'): string {
  return `${contentLabel}/${p.file}: ${p.field}: ${p.problem}: ${p.fix}`;
}

/** Escapes a GitHub workflow command's message (`%`, CR, LF) or, with `property`, a property value (also `:` and `,`). */
function escapeCommand(text: string, property = false): string {
  const out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? out.replace(/:/g, '%3A').replace(/,/g, '%2C') : out;
}

/**
 * A problem as a GitHub Actions workflow command, `::error file=…,line=…,title=…::message`,
 * which GitHub shows as an annotation on that line of the pull request's diff. `contentLabel` is
 * the content folder's path from the repository root (GitHub's `file` is relative to it).
 */
export function githubAnnotation(p: Problem, contentLabel = 'content'): string {
  const props = [
    `file=${escapeCommand(`${contentLabel}/${p.file}`, true)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    `title=${escapeCommand(`${p.field}: ${p.problem}`, true)}`,
  ];
  return `::error ${props.join(',')}::${escapeCommand(`${p.field}: ${p.problem}: ${p.fix}`)}`;
}

/**
 * What a contributor sees for a list of problems: one `file: field: problem: fix` line each and,
 * on GitHub Actions (`github`), the same problems as annotations on the pull request's diff.
 */
export function problemReport(problems: readonly Problem[], contentLabel = 'content', github = false): string[] {
  return [
    ...problems.map((p) => formatProblem(p, contentLabel)),
    ...(github ? problems.map((p) => githubAnnotation(p, contentLabel)) : []),
  ];
}

/** The closing line after the problems: how many, where, and how to read them. */
export function summaryLine(count: number, contentLabel = 'content', consequence = ''): string {
  return `${count} problem${count === 1 ? '' : 's'} in ${contentLabel}/${consequence}. Each line reads file: field: what is wrong: how to fix.`;
}
