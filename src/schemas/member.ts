import { z } from 'astro/zod';
import { MEMBER_CATEGORIES, MEMBER_KINDS } from './vocabularies.ts';
import { country, line, url } from './shared.ts';
import { partialDate } from './partial-date.ts';

/** A member of the OSPO Alliance: `content/members/<slug>.md`. */
export const memberSchema = z.strictObject({
  /** Organisation name, as it writes it. */
  name: line,
  /** Membership category, in the Alliance charter's terms. */
  category: z.enum(MEMBER_CATEGORIES),
  /** What kind of organisation it is. */
  kind: z.enum(MEMBER_KINDS),
  /** Country of its headquarters, ISO 3166-1 alpha-2. */
  country,
  /** Its website. */
  website: url,
  /** Logo file under `public/logos/`, only where we may ship it; without one, the card shows the name alone. */
  logo: z
    .string()
    .regex(/^[a-z0-9-]+\.(svg|png|webp)$/, {
      error: 'is not a logo file name: use e.g. ow2.svg (a file in public/logos/)',
    })
    .optional(),
  /**
   * When it joined the Alliance: the day (`2021-06-23`), or only the month (`2025-12`) or the
   * quarter (`2025-Q4`) where the source gives no day. Normalised to that text.
   */
  joined: partialDate,
  /** Public page that names it as a member (announcement, press release). */
  source: url,
  /** One line on who they are. */
  description: line,
});
export type Member = z.infer<typeof memberSchema>;
