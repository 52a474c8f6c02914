/**
 * The rules between files (the design's cross-entry rules), over typed entries: ids and slugs
 * unique per language, former slugs free, English file names by the slug rule, references to
 * existing activities, goals with their files and activities, translations with an original
 * and its verification point ids,
 * members listed once, case studies citing their sources, pages clear of the site's sections,
 * no example values left from the templates, members' logo files present, no two file names
 * equal but for letter case. Files that failed their schema take part with the fields that are
 * right (`PartialEntry`), so that all their problems show at once and their mistake is not
 * repeated elsewhere.
 */
import { COLLECTIONS } from '../../schemas/collections.ts';
import { DEFAULT_LANGUAGE, GOALS } from '../../schemas/vocabularies.ts';
import { citationProblems } from '../community/case-studies.ts';
import { RESERVED_PAGE_NAMES } from '../routes.ts';
import { activitySlug, slugify, type Entry, type PartialEntry } from './entries.ts';
import type { ContentFile } from './files.ts';
import { parseYaml, splitFrontmatter, YamlTimestamp } from './frontmatter.ts';
import { BODY_FIELD, FILE_FIELD, type Problem } from './problems.ts';

/** A valid entry or the right fields of a file that failed its schema. */
export type AnyEntry = Entry | PartialEntry;

/**
 * File names that differ only by letter case collide: glob() lower-cases entry ids and URLs are
 * lower-case, so such files would silently share one page. Paths are relative to the content root.
 */
export function caseCollisions(paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const byLower = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const key = path.replace(/\.[^./]+$/, '').toLowerCase();
    const other = byLower.get(key);
    if (other)
      problems.push({
        file: path,
        field: FILE_FIELD,
        problem: `has the same name as content/${other} apart from letter case, so both would get one URL`,
        fix: 'rename one of them; file names are lower-case',
      });
    else byLower.set(key, path);
  }
  return problems;
}

/**
 * Rules that span entries (the design's cross-entry rules): ids and slugs unique per language;
 * English file names follow the slug rule; every referenced activity exists and is not the
 * entry itself; every goal has its file and at least one English activity; every translation has
 * an English original with the same verification point ids, in the same order; a goal file's id
 * equals its file name; members listed once; case studies
 * cite listed sources; pages do not take a section's address.
 */
export function crossCheck(valid: readonly Entry[], partials: readonly PartialEntry[] = []): Problem[] {
  const problems: Problem[] = [];
  const p = (file: string, field: string, problem: string, fix: string) => problems.push({ file, field, problem, fix });
  const entries: AnyEntry[] = [...valid, ...partials];

  const activities = entries.flatMap((e) => (e.collection === 'activities' ? [e] : []));
  const english = activities.filter((e) => e.lang === DEFAULT_LANGUAGE);
  const englishIds = new Set(english.flatMap((e) => (e.data.id === undefined ? [] : [e.data.id])));
  // An activity whose id is wrong may be the one a reference means: its own problem says so.
  const unknownIds = english.some((e) => e.data.id === undefined);

  for (const lang of new Set(activities.map((e) => e.lang))) {
    const inLang = activities.filter((e) => e.lang === lang);
    const ids = new Map<string, string>();
    const slugs = new Map<string, string>();
    for (const e of inLang) {
      const id = e.data.id;
      if (id === undefined) continue;
      const other = ids.get(id);
      if (other)
        p(
          e.path,
          'id',
          `${id} is already the id of content/${other}`,
          'give each activity its own id, or remove the duplicate file',
        );
      else ids.set(id, e.path);
    }
    // Two activities with one URL: the file that claims it with a `slug` field is the one to change
    // (two file names in one folder cannot be equal).
    const claims = new Map<string, typeof inLang>();
    for (const e of inLang) claims.set(activitySlug(e), [...(claims.get(activitySlug(e)) ?? []), e]);
    for (const [slug, owners] of claims) {
      slugs.set(slug, owners[0].path);
      if (owners.length < 2) continue;
      const byName = owners.find((e) => e.data.slug === undefined);
      for (const e of owners.filter((x) => x.data.slug !== undefined && x !== (byName ?? owners[0]))) {
        p(
          e.path,
          'slug',
          `"${slug}" is already the URL of content/${(byName ?? owners[0]).path}`,
          'choose another slug, or remove the field to use the file name',
        );
      }
    }
    // A former slug (alias) becomes a redirect page, so it must not be any activity's slug.
    for (const e of inLang) {
      (e.data.aliases ?? []).forEach((alias, i) => {
        const owner = slugs.get(alias);
        if (owner)
          p(
            e.path,
            `aliases[${i}]`,
            `"${alias}" is the URL of content/${owner}, so it cannot redirect here`,
            'remove it from aliases',
          );
      });
    }
  }

  // English file names follow the handbook's slug rule, so existing links keep working.
  for (const e of english) {
    const title = e.data.title;
    if (title === undefined) continue;
    const expected = slugify(title);
    if (e.data.slug === undefined && e.name !== expected) {
      p(
        e.path,
        FILE_FIELD,
        `the file name does not follow the slug rule for the title "${title}"`,
        `rename it to ${expected}${e.path.slice(e.path.lastIndexOf('.'))}, or set slug: ${e.name}`,
      );
    }
  }

  problems.push(...translationPointProblems(activities));

  for (const e of activities) {
    const id = e.data.id;
    (e.data.next ?? []).forEach((n, i) => {
      if (n.activity === id)
        p(
          e.path,
          `next[${i}].activity`,
          `points to the activity itself (${id})`,
          'propose another activity, or remove this entry',
        );
      else if (!englishIds.has(n.activity) && !unknownIds)
        p(
          e.path,
          `next[${i}].activity`,
          `${n.activity} is not the id of any activity`,
          'use the id of an existing activity (see content/activities/en/)',
        );
    });
    if (id !== undefined && e.lang !== DEFAULT_LANGUAGE && !englishIds.has(id)) {
      p(
        e.path,
        'id',
        `${id} has no English original`,
        `add the English activity with that id to content/activities/${DEFAULT_LANGUAGE}/ first, or correct the id`,
      );
    }
  }

  const caseStudies = entries.flatMap((e) => (e.collection === 'caseStudies' ? [e] : []));
  const pages = entries.flatMap((e) => (e.collection === 'pages' ? [e] : []));
  // Case studies name the activities they illustrate; pages, the activities they are about.
  for (const e of [...caseStudies, ...pages]) {
    (e.data.activities ?? []).forEach((id, i) => {
      if (!englishIds.has(id) && !unknownIds)
        p(
          e.path,
          `activities[${i}]`,
          `${id} is not the id of any activity`,
          'use the id of an existing activity (see content/activities/en/)',
        );
    });
  }

  for (const e of entries) {
    if (e.collection === 'pages' && RESERVED_PAGE_NAMES.includes(e.name))
      p(e.path, FILE_FIELD, `"${e.name}" is the address of a section of the site`, 'give the page another file name');
  }

  problems.push(...duplicateMembers(entries));

  // A case study cites a listed source for each claim (footnotes); see src/lib/community/case-studies.ts.
  for (const e of caseStudies) {
    if (e.data.sources === undefined) continue;
    for (const problem of citationProblems(e.body ?? '', e.data.sources)) {
      const [what, fix] = problem.split(': ');
      p(
        e.path,
        BODY_FIELD,
        what,
        fix ??
          'end each claim with a footnote [^key], defined at the end as [^key]: [Title](address of one of the sources)',
      );
    }
  }

  const goals = entries.flatMap((e) => (e.collection === 'goals' ? [e] : []));
  for (const g of goals) {
    if (g.data.id !== undefined && g.data.id !== g.name)
      p(
        g.path,
        'id',
        `"${g.data.id}" differs from the file name "${g.name}"`,
        `set id: ${g.name}, or rename the file to ${g.data.id}.md`,
      );
  }
  const goalFiles = new Set(goals.map((g) => g.name));
  for (const goal of GOALS) {
    if (!goalFiles.has(goal))
      p(`goals/${goal}.md`, FILE_FIELD, `the goal "${goal}" has no file`, `add content/goals/${goal}.md`);
    // An activity whose goal is wrong (and so not read) may be this goal's: its own problem says so.
    else if (!english.some((a) => a.data.goal === goal || a.data.goal === undefined)) {
      p(
        `goals/${goal}.md`,
        FILE_FIELD,
        `the goal "${goal}" has no activities`,
        `add an activity with goal: ${goal} to content/activities/${DEFAULT_LANGUAGE}/`,
      );
    }
  }
  return problems;
}

/** Ids as a reader sees them: `v1, v2`, or "none". */
const idList = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');

/**
 * A translated activity's verification points have exactly the ids of its English original's
 * (the activity with the same id in the English folder), in the same order: the scorecard stores
 * ticks by point id, so the same ticks serve every language (design: content model, activity).
 * Names the ids missing and those extra, or, when only the order differs, both orders. Files
 * whose points failed their schema, or whose original's did, are left to their own problems.
 */
export function translationPointProblems(activities: readonly AnyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const english = new Map<string, AnyEntry>();
  for (const e of activities)
    if (
      e.collection === 'activities' &&
      e.lang === DEFAULT_LANGUAGE &&
      e.data.id !== undefined &&
      !english.has(e.data.id)
    )
      english.set(e.data.id, e);
  for (const e of activities) {
    if (e.collection !== 'activities' || e.lang === DEFAULT_LANGUAGE || e.data.id === undefined) continue;
    const original = english.get(e.data.id);
    if (original?.collection !== 'activities' || !original.data.verification || !e.data.verification) continue;
    const want = original.data.verification.map((v) => v.id);
    const have = e.data.verification.map((v) => v.id);
    const missing = want.filter((id) => !have.includes(id));
    const extra = have.filter((id) => !want.includes(id));
    const where = `the English original content/${original.path}`;
    if (missing.length || extra.length) {
      const parts = [
        ...(missing.length ? [`${missing.join(', ')} missing`] : []),
        ...(extra.length ? [`${extra.join(', ')} not in the original`] : []),
      ];
      problems.push({
        file: e.path,
        field: 'verification',
        problem: `the point ids differ from those of ${where} (${parts.join('; ')})`,
        fix: want.length
          ? `translate each of its points under the same id: ${idList(want)}`
          : 'leave the list empty, as the original has no points',
      });
    } else if (want.some((id, i) => have[i] !== id)) {
      problems.push({
        file: e.path,
        field: 'verification',
        problem: `lists the points in another order (${idList(have)}) than ${where} (${idList(want)})`,
        fix: "put them in the original's order",
      });
    }
  }
  return problems;
}

/** A website address reduced to what identifies the site: host without `www.`, path without a final `/`. */
function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** The other files of a group, as `content/<path>, …`, for a problem that names them all. */
function alsoIn(group: readonly { path: string }[], self: { path: string }): string {
  return group
    .filter((o) => o !== self)
    .map((o) => `content/${o.path}`)
    .join(', ');
}

/**
 * Two member files for one organisation: the same name (ignoring case) or the same website.
 * Both files are named, since either may be the one to keep.
 */
export function duplicateMembers(entries: readonly AnyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const members = entries.flatMap((e) => (e.collection === 'members' ? [e] : []));
  const groups = (key: (e: (typeof members)[number]) => string | undefined) => {
    const by = new Map<string, typeof members>();
    for (const e of members) {
      const k = key(e);
      if (k) by.set(k, [...(by.get(k) ?? []), e]);
    }
    return [...by.values()].filter((g) => g.length > 1);
  };
  const named = new Set<string>();
  for (const group of groups((e) => e.data.name?.trim().toLowerCase())) {
    for (const e of group) {
      named.add(e.path);
      const others = alsoIn(group, e);
      problems.push({
        file: e.path,
        field: 'name',
        problem: `"${e.data.name}" is also the member in ${others}`,
        fix: 'keep one file per member: merge the two into one and delete the other',
      });
    }
  }
  for (const group of groups((e) => (e.data.website === undefined ? undefined : siteKey(e.data.website)))) {
    for (const e of group.filter((x) => !named.has(x.path))) {
      const others = alsoIn(group, e);
      problems.push({
        file: e.path,
        field: 'website',
        problem: `${e.data.website} is also the website of the member in ${others}`,
        fix: 'keep one file per member (merge the two into one and delete the other), or correct the address',
      });
    }
  }
  return problems;
}

/** Host names reserved for examples (RFC 2606): a link to one is a placeholder left in. */
const EXAMPLE_HOST = /(^|\.)example(\.(com|net|org))?$/i;

/** Values of a parsed frontmatter by field path, list positions written `[]`. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${path}[]`));
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof YamlTimestamp)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

/** The same leaves with the real list positions, for messages (`verification[1]`). */
function positionedLeaves(value: unknown, path = ''): [string, string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => positionedLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => positionedLeaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, path.replace(/\[\d+\]/g, '[]'), value]];
}

/**
 * Example values of the collection templates left in an entry: a text field equal to the
 * template's example text for that field (texts of 20 characters or more, or naming an
 * "example"), a web address on a reserved example host (example.org, …), or a body equal to the
 * template's. `templates` are the `_template.md` files, by collection folder.
 */
export function placeholderProblems(
  entries: readonly AnyEntry[],
  templates: ReadonlyMap<string, ContentFile>,
): Problem[] {
  const problems: Problem[] = [];
  const examples = new Map<string, { values: Set<string>; body: string }>();
  for (const [dir, file] of templates) {
    const split = splitFrontmatter(file.text);
    if (!split) continue;
    let data: unknown;
    try {
      data = parseYaml(split.yaml);
    } catch {
      continue;
    }
    const values = new Set(
      leaves(data)
        .filter(([, v]) => typeof v === 'string' && (v.length >= 20 || /example/i.test(v)))
        .map(([path, v]) => `${path}\u0000${String(v)}`),
    );
    examples.set(dir, { values, body: split.body.trim() });
  }
  for (const e of entries) {
    const dir = COLLECTIONS[e.collection].dir;
    const template = examples.get(dir);
    const where = template ? `content/${dir}/_template.md` : 'the template';
    for (const [field, generic, value] of positionedLeaves(e.data)) {
      if (typeof value !== 'string') continue;
      if (template?.values.has(`${generic}\u0000${value}`)) {
        problems.push({
          file: e.path,
          field,
          problem: `is still the example text of ${where} ("${value}")`,
          fix: 'replace it with the real value',
        });
        continue;
      }
      let host: string;
      try {
        host = /^https?:\/\//.test(value) ? new URL(value).hostname : '';
      } catch {
        host = '';
      }
      if (host && EXAMPLE_HOST.test(host))
        problems.push({
          file: e.path,
          field,
          problem: `${value} is an example address, not a real one`,
          fix: 'write the real web address, or remove the field if it is optional',
        });
    }
    if (template?.body && e.body?.trim() === template.body) {
      problems.push({
        file: e.path,
        field: BODY_FIELD,
        problem: `is still the example text of ${where}`,
        fix: "write the entry's own text below the frontmatter",
      });
    }
  }
  return problems;
}

/** A member's `logo` names a file in public/logos/; `logos` lists the file names there. */
export function logoProblems(entries: readonly AnyEntry[], logos: readonly string[]): Problem[] {
  return entries.flatMap((e) =>
    e.collection === 'members' && e.data.logo !== undefined && !logos.includes(e.data.logo)
      ? [
          {
            file: e.path,
            field: 'logo',
            problem: `"${e.data.logo}" is not a file in public/logos/`,
            fix: 'add the logo file there, or remove the logo line (the card then shows the name alone)',
          },
        ]
      : [],
  );
}
