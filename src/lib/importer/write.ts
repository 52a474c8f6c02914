/**
 * Turns an upstream release into the portal's activity files (one Markdown file per activity,
 * `activities/<lang>/<slug>.md`, passing the activity schema) and compares them with what is
 * already there, so the importer can write, report or, with --check, only tell.
 */
import yaml from 'js-yaml';
import { isFieldMap } from '../content/entries.ts';
import { parseYaml, splitFrontmatter } from '../content/frontmatter.ts';
import { describeVersion, KNOWN_ALIASES, type UpstreamActivity, type UpstreamRelease } from './upstream.ts';
import type { ContentFile } from '../content/files.ts';
import { ROLES, type Role } from '../../schemas/vocabularies.ts';
import type { VerificationPoint } from '../../schemas/activity.ts';
import { pointIdChange, pointIds } from './points.ts';

/** True for one of the portal's role names. */
const isRole = (value: string): value is Role => ROLES.some((r) => r === value);

/** The licence and credit of the handbook's text (its README: CC-BY-4.0, OW2 GGI / OSPO Alliance). */
export const ATTRIBUTION = 'CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance';

/** What the importer plans for one file. */
export interface PlannedFile {
  /** Path under the output folder, e.g. activities/en/upstream_first.md. */
  path: string;
  /** New text, or null to delete a file an earlier import wrote (the activity was renamed). */
  text: string | null;
  /** The activity the file is for (its id). */
  activity?: string;
  /**
   * Where the roles of a written file come from when the source gives none (a Markdown folder):
   * the earlier import in the output folder, or the portal's own activity with the same id.
   */
  rolesFrom?: 'earlier import' | 'portal';
  /**
   * Set when the file replaces an earlier one for the same activity whose number of verification
   * points differs: the point ids before and after (see `pointCountNotes`).
   */
  points?: { was: string[]; now: string[] };
}

/**
 * One line per planned file whose activity has another number of verification points than the
 * file it replaces, for the importer's summary:
 * `GGI-A-17: 5 verification points, was 6: ticks on v6 will show as from an earlier version`.
 */
export function pointCountNotes(planned: readonly PlannedFile[]): string[] {
  return planned.flatMap((p) =>
    p.points && p.text !== null
      ? [
          `${p.activity}: ${p.points.now.length} verification point${p.points.now.length === 1 ? '' : 's'}, was ${p.points.was.length}: ${pointIdChange(p.points.was, p.points.now)}`,
        ]
      : [],
  );
}

/**
 * The text of an activity file: commented frontmatter and the sections. Deterministic. The
 * verification points get `ids` (by position, see `pointIds`; `v1`, `v2`, … by default).
 */
export function renderActivity(
  a: UpstreamActivity,
  release: UpstreamRelease,
  aliases: readonly string[],
  ids: readonly string[] = pointIds(a.verification.length),
): string {
  const source = Object.fromEntries(
    Object.entries({ ...release.source, file: a.file.includes('/') ? a.file : `handbook/content/${a.file}` }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const data: Record<string, unknown> = {
    id: a.id,
    title: a.title,
    goal: a.goal,
    roles: a.roles,
    summary: a.summary,
    verification: a.verification.map((text, i): VerificationPoint => ({ id: ids[i], text })),
    next: a.next,
    handbook: release.version ?? 'unknown',
  };
  if (aliases.length) data.aliases = [...aliases].sort();
  data.source = source;
  data.attribution = ATTRIBUTION;
  const front = yaml.dump(data, { lineWidth: -1, quotingType: '"', noRefs: true, flowLevel: -1 }).trimEnd();
  const body = a.sections.map((s) => `## ${s.title}\n\n${s.body}`).join('\n\n');
  return [
    '---',
    `# Imported from the GGI handbook${release.version ? ` ${describeVersion(release)}` : ''} by "npm run import:ggi"; do not edit by hand, import again.`,
    ...(a.verification.length
      ? []
      : ['# This release defines no verification points for this activity: the list is empty on purpose.']),
    `# Text: ${ATTRIBUTION}.`,
    front,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

/**
 * Reads the id, roles, aliases, verification point ids (by position; a point without a text id
 * gives '') and whether it was imported, from an existing activity file.
 */
function existingFacts(text: string): {
  id?: string;
  roles: Role[];
  aliases: string[];
  points: string[];
  imported: boolean;
} {
  const none = { roles: [], aliases: [], points: [], imported: false };
  const front = splitFrontmatter(text)?.yaml;
  if (!front) return none;
  try {
    const data = parseYaml(front);
    if (!isFieldMap(data)) return none;
    return {
      id: typeof data.id === 'string' ? data.id : undefined,
      roles: Array.isArray(data.roles) ? data.roles.map(String).filter(isRole) : [],
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
      points: Array.isArray(data.verification)
        ? data.verification.map((v: unknown) => (isFieldMap(v) && typeof v.id === 'string' ? v.id : ''))
        : [],
      imported: typeof data.attribution === 'string' && typeof data.source === 'object',
    };
  } catch {
    return none;
  }
}

/**
 * Plans the files of a release for language `lang`, given the files already in the output
 * folder (paths relative to it). A renamed activity's old file, if an earlier import wrote it, is
 * deleted and its slug becomes an alias; aliases already there are kept. Activities without roles
 * (a Markdown folder does not give them) take those of the earlier file in the output folder,
 * else those of the portal's own activity with the same id (`portalRoles`, from
 * content/activities/en/); without either they are left out, with a warning added to the
 * release. A translation (`lang` other than English) takes the file name of the English activity
 * with the same id, from `englishSlugs`, so that it has the same address under /<lang>/; without
 * one, the name comes from its own title. The verification points keep the ids of the file being
 * replaced (the one at the same path, else the earlier import of the activity), position by
 * position, and in a translation those of the English file in `existing` with the same id; a
 * change in their number (against the file replaced) is recorded in `points`.
 */
export function planFiles(
  release: UpstreamRelease,
  existing: readonly ContentFile[],
  lang = 'en',
  englishSlugs: ReadonlyMap<string, string> = new Map(),
  portalRoles: ReadonlyMap<string, readonly Role[]> = new Map(),
): PlannedFile[] {
  const dir = `activities/${lang}/`;
  const mine = existing.filter((f) => f.path.startsWith(dir) && /\.mdx?$/.test(f.path));
  const byId = new Map<string, { path: string; facts: ReturnType<typeof existingFacts> }[]>();
  for (const f of mine) {
    const facts = existingFacts(f.text);
    if (facts.id) byId.set(facts.id, [...(byId.get(facts.id) ?? []), { path: f.path, facts }]);
  }
  // A translation's points take the ids of the English activity in the output folder, by position.
  const englishPoints = new Map<string, string[]>();
  if (lang !== 'en')
    for (const f of existing.filter((x) => /^activities\/en\/[^/]+\.mdx?$/.test(x.path))) {
      const facts = existingFacts(f.text);
      if (facts.id) englishPoints.set(facts.id, facts.points);
    }
  const planned: PlannedFile[] = [];
  for (const a of release.activities) {
    const slug = lang === 'en' ? a.slug : (englishSlugs.get(a.id) ?? a.slug);
    const path = `${dir}${slug}.md`;
    const before = byId.get(a.id) ?? [];
    let roles = a.roles;
    let rolesFrom: PlannedFile['rolesFrom'];
    if (!roles.length) {
      roles = before.find((b) => b.facts.roles.length)?.facts.roles ?? [];
      rolesFrom = 'earlier import';
      if (!roles.length) {
        roles = [...(portalRoles.get(a.id) ?? [])];
        rolesFrom = 'portal';
      }
      if (!roles.length) {
        release.warnings.push({
          file: a.file,
          message: `the source gives no roles, and neither an earlier file nor the portal's own activities have ${a.id}; left out (import the My GGI Board file instead)`,
        });
        continue;
      }
    }
    const aliases = new Set(
      lang === 'en' ? [...(KNOWN_ALIASES[a.id] ?? []), ...before.flatMap((b) => b.facts.aliases)] : [],
    );
    for (const b of before) {
      if (b.path === path) continue;
      const oldSlug = b.path.slice(dir.length).replace(/\.mdx?$/, '');
      if (lang !== 'en') {
        // A translation's old address was the English one: nothing to redirect.
        if (b.facts.imported) planned.push({ path: b.path, text: null, activity: a.id });
        continue;
      }
      if (b.facts.imported) {
        aliases.add(oldSlug);
        planned.push({ path: b.path, text: null, activity: a.id });
      } else {
        release.warnings.push({
          file: b.path,
          message: `another file already has ${a.id} and was not written by the importer; remove it or import elsewhere`,
        });
      }
    }
    aliases.delete(slug);
    const replaced = before.find((b) => b.path === path) ?? before.find((b) => b.facts.imported);
    const was = replaced?.facts.points ?? [];
    const ids = pointIds(a.verification.length, englishPoints.get(a.id) ?? was);
    planned.push({
      path,
      text: renderActivity({ ...a, roles }, release, [...aliases], ids),
      activity: a.id,
      ...(rolesFrom ? { rolesFrom } : {}),
      ...(replaced && was.length !== ids.length ? { points: { was, now: ids } } : {}),
    });
  }
  return planned;
}

/** The roles of each activity id in a set of activity files (e.g. the portal's content/activities/en/). */
export function rolesById(files: readonly ContentFile[]): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  for (const f of files) {
    const facts = existingFacts(f.text);
    if (facts.id && facts.roles.length) out.set(facts.id, facts.roles);
  }
  return out;
}

/** The planned files that differ from what exists: to write, and to delete. */
export function changes(planned: readonly PlannedFile[], existing: readonly ContentFile[]): PlannedFile[] {
  const now = new Map(existing.map((f) => [f.path, f.text]));
  return planned.filter((p) => (p.text === null ? now.has(p.path) : now.get(p.path) !== p.text));
}
