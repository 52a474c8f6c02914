/**
 * Content files as typed entries. A file's place gives its collection, name and language
 * (`activities/en/x.md`); its frontmatter, read by `frontmatter.ts`, is validated by its
 * collection's schema (`src/schemas/collections.ts`) into an `Entry`, whose `data` is that
 * schema's output type. A file that fails its schema becomes a `PartialEntry`: only the fields
 * that pass their own field's schema, so the rules between files can still read what is right.
 *
 * This is the reader layer: it knows nothing of problems or their wording (`check.ts` does).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../schemas/collections.ts';

type Collections = typeof COLLECTIONS;
type Schema<C extends CollectionName> = Collections[C]['schema'];
type Shape<C extends CollectionName> = Schema<C>['shape'];

/** The frontmatter of a valid entry of collection C: its schema's output (dates as Date, defaults filled). */
export type EntryData<C extends CollectionName> = z.output<Schema<C>>;

/** The fields of a file of collection C that passed their own field's schema (any may be absent). */
export type SalvagedData<C extends CollectionName> = { [K in keyof Shape<C>]?: z.output<Shape<C>[K]> };

/** Where an entry lives: its collection and, from its path, its name and language. */
export interface EntryPlace<C extends CollectionName = CollectionName> {
  collection: C;
  /** Path relative to the content root, with `/`. */
  path: string;
  /** File name without extension. */
  name: string;
  /** Language folder, for collections two levels deep (activities). */
  lang?: string;
  /** The Markdown after the frontmatter. */
  body?: string;
}

/** A file of collection C that passed its schema. */
export interface EntryOf<C extends CollectionName> extends EntryPlace<C> {
  data: EntryData<C>;
}

/** A file of collection C that did not pass its schema, with the fields that are right. */
export interface PartialEntryOf<C extends CollectionName> extends EntryPlace<C> {
  data: SalvagedData<C>;
}

/** A valid entry of any collection; `collection` tells which, and so the type of `data`. */
export type Entry = { [C in CollectionName]: EntryOf<C> }[CollectionName];

/** A file that failed its schema, of any collection; `collection` tells which. */
export type PartialEntry = { [C in CollectionName]: PartialEntryOf<C> }[CollectionName];

/** The place of a file in any collection; `collection` tells which. */
export type Place = { [C in CollectionName]: EntryPlace<C> }[CollectionName];

/** The outcome of validating one file's frontmatter: the entry, or the salvaged fields and zod's issues. */
export type Parsed<C extends CollectionName> =
  | { entry: EntryOf<C>; issues?: undefined }
  | { entry?: undefined; partial: PartialEntryOf<C>; issues: z.core.$ZodIssue[] };

/** `Parsed` for a file of any collection. */
export type ParsedEntry = { [C in CollectionName]: Parsed<C> }[CollectionName];

/** True for the name of a collection (a key of COLLECTIONS). */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

/** The collections in the order of COLLECTIONS, each with its name (typed, unlike `Object.entries`). */
export const COLLECTION_LIST: readonly { name: CollectionName; spec: CollectionSpec }[] = Object.keys(COLLECTIONS)
  .filter(isCollectionName)
  .map((name) => ({ name, spec: COLLECTIONS[name] }));

/** The collection whose folder a path (relative to the content root) starts with, or undefined. */
export function collectionOf(path: string): { name: CollectionName; spec: CollectionSpec } | undefined {
  const top = path.split('/')[0];
  return COLLECTION_LIST.find((c) => c.spec.dir === top);
}

/**
 * Folders of the content root that hold documentation for contributors, not entries: the glossary
 * of the GGI terms per language (`glossary/fr.md`), which keeps translations consistent.
 */
export const DOC_FOLDERS = ['glossary'] as const;

/** Files at the content root or in a collection folder that are not entries (docs, templates), and the documentation folders. */
export function isIgnored(path: string): boolean {
  const base = path.split('/').at(-1) ?? '';
  if (DOC_FOLDERS.some((d) => path.startsWith(`${d}/`))) return true;
  return base.startsWith('_') || base.startsWith('.') || /^(README|LICENSE)(\.[a-z]+)?$/i.test(base);
}

/** Whether a path has the extension of its collection (files with another one are no entries). */
export function hasEntryExtension(path: string): boolean {
  const spec = collectionOf(path)?.spec;
  return !!spec && spec.extensions.some((ext) => path.endsWith(`.${ext}`));
}

/** The commented example file of a collection, e.g. `content/activities/_template.md`. */
export function templatePath(spec: CollectionSpec): string {
  return `content/${spec.dir}/_template.${spec.extensions[0]}`;
}

/**
 * The upstream slug rule for an activity title (the handbook site's URLs): lower case, runs of
 * spaces become `_`, hyphens stay, other punctuation goes.
 * `Inventory of open source skills and resources` → `inventory_of_open_source_skills_and_resources`,
 * `C-Level awareness` → `c-level_awareness`.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s_-]/g, '')
    .trim()
    .replace(/\s+/g, '_');
}

/** URL slug of an activity: its `slug` field, else its file name (without extension). */
export function activitySlug(entry: { data: { slug?: string }; name: string }): string {
  return entry.data.slug ?? entry.name;
}

/** The entries of one collection, typed as that collection's. */
export function entriesIn<C extends CollectionName>(
  entries: readonly Entry[],
  collection: C,
): Extract<Entry, { collection: C }>[] {
  return entries.filter((e): e is Extract<Entry, { collection: C }> => e.collection === collection);
}

/** True for a parsed YAML mapping (`field: value` lines), as opposed to a list, a scalar or a date. */
export function isFieldMap(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The fields of `data` which pass their own field's schema, parsed; the others are left out.
 * The rules between files then still read what is right in a file that failed its schema, so
 * that all its problems show in one run (the schema's rules across fields are not applied).
 */
function salvage<T extends z.core.$ZodShape>(
  shape: T,
  data: Record<string, unknown>,
): { [K in keyof T]?: z.output<T[K]> } {
  const out: { [K in keyof T]?: z.output<T[K]> } = {};
  const keep = <K extends keyof T & string>(key: K) => {
    const r = z.safeParse(shape[key], data[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  };
  for (const key in shape) keep(key);
  return out;
}

/** Validates the frontmatter (as Astro's loader reads it) of a file of one collection, with that collection's schema. */
function parseIn<C extends CollectionName, S extends z.ZodObject>(
  place: EntryPlace<C>,
  schema: S,
  data: Record<string, unknown>,
):
  | { entry: EntryPlace<C> & { data: z.output<S> }; issues?: undefined }
  | {
      entry?: undefined;
      partial: EntryPlace<C> & { data: { [K in keyof S['shape']]?: z.output<S['shape'][K]> } };
      issues: z.core.$ZodIssue[];
    } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { entry: { ...place, data: result.data } };
  return { partial: { ...place, data: salvage(schema.shape, data) }, issues: result.error.issues };
}

/**
 * Validates a file's frontmatter (`data`, as Astro's loader reads it: dates as Date) against its
 * collection's schema: the typed entry, or the salvaged fields with zod's issues.
 */
export function parseEntry(place: Place, data: Record<string, unknown>): ParsedEntry {
  // One case per collection, so that each result keeps its collection's type.
  switch (place.collection) {
    case 'goals':
      return parseIn(place, COLLECTIONS.goals.schema, data);
    case 'activities':
      return parseIn(place, COLLECTIONS.activities.schema, data);
    case 'caseStudies':
      return parseIn(place, COLLECTIONS.caseStudies.schema, data);
    case 'members':
      return parseIn(place, COLLECTIONS.members.schema, data);
    case 'onramp':
      return parseIn(place, COLLECTIONS.onramp.schema, data);
    case 'news':
      return parseIn(place, COLLECTIONS.news.schema, data);
    case 'pages':
      return parseIn(place, COLLECTIONS.pages.schema, data);
  }
}

/**
 * A file whose frontmatter is not valid YAML, as a partial entry: its plain `key: value` lines
 * that pass their field's schema, so that the rules between files still know its id and goal
 * (its YAML mistake is reported on its own).
 */
export function looseEntry(place: Place, yamlText: string): PartialEntry {
  const fields: Record<string, unknown> = {};
  for (const m of yamlText.matchAll(/^([A-Za-z_][\w-]*):[ \t]*(['"]?)([^'"#\n]*?)\2[ \t]*$/gm))
    if (m[3]) fields[m[1]] = m[3];
  const parsed = parseEntry(place, fields);
  return parsed.entry ?? parsed.partial;
}
