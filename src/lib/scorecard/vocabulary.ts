/**
 * The scorecard's vocabularies, each the one source for its zod enum, its TypeScript type, its UI
 * labels and its filters. The terms and labels are My GGI Board's (the OSPO Alliance's deployment
 * tool, https://gitlab.ow2.org/ggi/my-ggi-board), so that a scorecard moves between the two.
 * This module imports nothing, so that the activity page's small reader can use it.
 */

/**
 * An activity's progress, My GGI Board's labels, in order. An activity is *selected* when it is
 * `In Progress` or `Done`: the board has no "selected, not started" state, so choosing an
 * activity for the current iteration sets `In Progress`.
 */
export const STATUSES = ['Not Selected', 'In Progress', 'Done'] as const;
export type Status = (typeof STATUSES)[number];

/** Whether a status counts the activity as selected (`In Progress` or `Done`). */
export function isSelected(status: Status): boolean {
  return status !== 'Not Selected';
}

/**
 * The five free-text fields of a scorecard, per activity: key in the stored document, My GGI
 * Board's label, and what the field holds (the board's own explanation, in our words).
 */
export const SCORECARD_FIELDS = [
  { key: 'customizedDescription', label: 'Customized description', hint: 'The scope of what has to be done here.' },
  { key: 'opportunityAssessment', label: 'Opportunity assessment', hint: 'Why the activity matters to you.' },
  { key: 'objectives', label: 'Objectives', hint: 'What you aim to achieve in this iteration.' },
  { key: 'tools', label: 'Tools', hint: 'Technologies, tools and products you use.' },
  { key: 'operationalNotes', label: 'Operational Notes', hint: 'Approach and method.' },
] as const;
export type ScorecardFieldKey = (typeof SCORECARD_FIELDS)[number]['key'];

/**
 * What the ids of the scorecard page's one copy of the fields (src/components/ScorecardFields.astro)
 * hold in place of a card's key (`sc-GGI-A-01`), which the page's script puts there when it copies
 * them into the card.
 */
export const FIELDS_KEY = 'sc-fields-key';

/** Key under which the scorecard document is kept in localStorage. */
export const STORAGE_KEY = 'ospo-zone:scorecards';
/** Prefix of the keys under which a stored document that could not be read is kept aside. */
export const UNREADABLE_KEY_PREFIX = 'ospo-zone:scorecards:unreadable:';
/** The `format` field of a scorecard document, so that no other JSON passes for one. */
export const DOCUMENT_FORMAT = 'ospo-zone-scorecard';
/** The document version this code writes; older versions are migrated on reading. */
export const DOCUMENT_VERSION = 2;

/**
 * Limits of a document, which the schema enforces and the model keeps to: characters of a name
 * (scorecard, iteration, snapshot, owner) and of a text (the five fields, a point's text);
 * scorecards in a document; closed iterations (snapshots) in a scorecard.
 */
export const LIMITS = { name: 120, text: 20_000, scorecards: 50, snapshots: 200 } as const;

/**
 * An activity id, `GGI-A-NN`: two to four digits, as the content schema's own pattern
 * (src/schemas/shared.ts, not imported because it brings astro's full zod with it).
 */
export const ACTIVITY_ID_PATTERN = /^GGI-A-\d{2,4}$/;
/** A verification point id: 1 to 32 lower-case letters, digits and hyphens (e.g. `v1`). */
export const POINT_ID_PATTERN = /^[a-z0-9-]{1,32}$/;
/** A calendar date `YYYY-MM-DD` (month 01–12, day 01–31). */
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
