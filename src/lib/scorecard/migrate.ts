/**
 * Older scorecard documents brought to the current version (2) before validation, so that a
 * document stored or exported by an earlier portal still opens. Imports nothing that validates:
 * the result is checked by `schema.ts` afterwards.
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './vocabulary.ts';
import { today } from './model.ts';

/** A document that cannot be migrated: its version is unknown, or version 1 in a shape this code cannot read. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The versions this code reads. */
export const KNOWN_VERSIONS = [1, DOCUMENT_VERSION] as const;

/** The id the one scorecard of a version-1 document gets. */
export const MIGRATED_SCORECARD_ID = 'scorecard-1';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Version 1 (the first draft: one scorecard,
 * `{ version: 1, name, activities: { <id>: { status, checked: number[], notes } } }`, `checked`
 * holding the positions, from 0, of the ticked points) as version 2: one scorecard with the id
 * `scorecard-1`, created `now`, its iteration "Iteration 1" started today (UTC); each point by
 * the id `v<position + 1>` (the importer's rule for ids, so `checked: [0, 2]` → `v1`, `v3`) with
 * an empty text (version 1 kept none); `notes` into Operational Notes. Throws MigrationError
 * when a field it needs has the wrong shape.
 */
function fromVersion1(raw: Record<string, unknown>, now: Date): Record<string, unknown> {
  const activities = raw.activities ?? {};
  if (!isObject(activities)) throw new MigrationError('activities: expected an object (a version 1 document)');
  const records: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(activities)) {
    if (!isObject(value)) throw new MigrationError(`activities.${id}: expected an object (a version 1 document)`);
    const checked = value.checked ?? [];
    if (!Array.isArray(checked))
      throw new MigrationError(`activities.${id}.checked: expected a list of point positions`);
    const points: Record<string, string> = {};
    checked.forEach((p: unknown, i) => {
      if (!Number.isInteger(p) || (p as number) < 0)
        throw new MigrationError(
          `activities.${id}.checked[${i}]: expected a point position (0, 1, 2, …), found ${JSON.stringify(p)}`,
        );
      points[`v${(p as number) + 1}`] = '';
    });
    records[id] = {
      status: value.status ?? 'Not Selected',
      points,
      fields: {
        customizedDescription: '',
        opportunityAssessment: '',
        objectives: '',
        tools: '',
        operationalNotes: value.notes ?? '',
      },
      owner: '',
      target: '',
      updated: now.toISOString(),
    };
  }
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    current: MIGRATED_SCORECARD_ID,
    scorecards: [
      {
        id: MIGRATED_SCORECARD_ID,
        name: raw.name ?? 'My scorecard',
        created: now.toISOString(),
        iteration: { name: 'Iteration 1', started: today(now) },
        activities: records,
        snapshots: [],
      },
    ],
  };
}

/**
 * `raw` (parsed JSON) in the shape of the current version: a version-2 value is returned as it
 * is, a version-1 one converted (see above), never changing `raw` itself; anything that is not an
 * object is returned as it is, for the schema to refuse. Throws MigrationError, whose message
 * says what is wrong, for a missing or unknown `version`, or a `format` other than the portal's
 * (version 1 may lack `format`). The result still needs validating (`documentSchema`).
 */
export function migrateDocument(raw: unknown, now: Date): unknown {
  if (!isObject(raw)) return raw;
  const { version, format } = raw;
  if (format !== undefined && format !== DOCUMENT_FORMAT)
    throw new MigrationError(
      `format: expected "${DOCUMENT_FORMAT}", found ${JSON.stringify(format)}: this is not an OSPO.Zone scorecard document`,
    );
  if (version === DOCUMENT_VERSION) {
    if (format === undefined)
      throw new MigrationError(`format: missing: a scorecard document says "format": "${DOCUMENT_FORMAT}"`);
    return raw;
  }
  if (version === 1) return fromVersion1(raw, now);
  if (version === undefined)
    throw new MigrationError(
      `version: missing: a scorecard document says which version it is (${KNOWN_VERSIONS.join(' or ')})`,
    );
  throw new MigrationError(
    `version: ${JSON.stringify(version)} is not a version this portal reads (${KNOWN_VERSIONS.join(' or ')})${
      typeof version === 'number' && version > DOCUMENT_VERSION ? '; the file may come from a newer portal' : ''
    }`,
  );
}
