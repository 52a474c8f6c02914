/**
 * The releases of the GGI handbook, and the version of a release that does not name its own.
 *
 * Early My GGI Board files carry no `handbook_version`, only the day they were downloaded
 * (`source.download-timestamp`); a folder of handbook files carries neither. Such a release is
 * taken to be the last one published on or before its date, and the importer says so.
 */

/**
 * Handbook versions and the day each was published (`YYYY-MM-DD`, or `YYYY-MM` where only the
 * month is known, counted from its first day), oldest first.
 * Source: the project's issue 11 ("the importer on real parsers"), which lists 1.0 on
 * 2021-11-09, 1.1 on 2022-11-08, 1.2 on 2023-10-18 and 1.3 in December 2025. Checked against:
 * the OSPO Alliance's mailing list (https://www.eclipse.org/lists/ospo.zone/msg00067.html: a
 * first version of the handbook published in November 2021) and the v1.2 data in
 * ../shared/ggi-upstream (tag v1.2 downloaded on 2023-10-18; the 1.3 data on 2025-12-01).
 */
export const HANDBOOK_RELEASES = [
  { version: '1.0', date: '2021-11-09' },
  { version: '1.1', date: '2022-11-08' },
  { version: '1.2', date: '2023-10-18' },
  { version: '1.3', date: '2025-12' },
] as const;

/** Pattern of a handbook version as the activity schema takes it: "1.3". */
export const VERSION_PATTERN = /^\d+\.\d+$/;

/**
 * The handbook release current on a day (`YYYY-MM-DD`): the last one published on or before it.
 * Throws an Error saying so when the day is before the first release.
 */
export function releaseOn(day: string): (typeof HANDBOOK_RELEASES)[number] {
  // Dates compare as text: "2025-12" sorts before every day of December 2025.
  const known = HANDBOOK_RELEASES.filter((r) => r.date <= day).at(-1);
  if (!known) {
    const first = HANDBOOK_RELEASES[0];
    throw new Error(
      `${day} is before the first handbook release (${first.version}, ${first.date}), so no version can be inferred from it: pass --version`,
    );
  }
  return known;
}

/** When a release was published, in words: "on 2021-11-09", or "in December 2025" where only the month is known. */
export function publishedWhen(release: (typeof HANDBOOK_RELEASES)[number]): string {
  if (release.date.length > 7) return `on ${release.date}`;
  const month = new Date(`${release.date}-01T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return `in ${month} ${release.date.slice(0, 4)}`;
}
