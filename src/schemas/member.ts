import { z } from 'astro/zod';
import { MEMBER_CATEGORIES, MEMBER_KINDS } from './vocabularies.ts';
import { country, date, line, url } from './shared.ts';

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
  /** Logo file under `public/logos/`, only where we may ship it; without one, an initials badge shows. */
  logo: z.string().regex(/^[a-z0-9-]+\.(svg|png|webp)$/, { error: 'is not a logo file name: use e.g. ow2.svg (a file in public/logos/)' }).optional(),
  /** Date it joined the Alliance. */
  joined: date,
  /** Public page that names it as a member (announcement, press release). */
  source: url,
  /** One line on who they are. */
  description: line,
});
export type Member = z.infer<typeof memberSchema>;
