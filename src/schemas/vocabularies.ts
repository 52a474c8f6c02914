/**
 * Controlled vocabularies of the portal. Each list is the one source for its zod enum, its
 * TypeScript type, its UI labels and (later) its Pagefind filter values.
 */

/**
 * The five GGI goals, in the handbook's order (GGI handbook 1.3, "Goals": Usage, Trust, Culture,
 * Engagement, Strategy). The id is the goal's file name in `content/goals/` and its URL segment.
 */
export const GOALS = ['usage', 'trust', 'culture', 'engagement', 'strategy'] as const;
export type GoalId = (typeof GOALS)[number];

/** The three roles the GGI handbook addresses its activities to (handbook 1.3, "Roles"). */
export const ROLES = ['developer', 'team-leader', 'decision-maker'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  developer: 'Developer',
  'team-leader': 'Team leader',
  'decision-maker': 'Decision maker',
};

/** The kind of organisation a case study describes. */
export const SECTORS = ['public', 'private', 'academic', 'non-profit'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  public: 'Public sector',
  private: 'Private sector',
  academic: 'Academic and research',
  'non-profit': 'Non-profit',
};

/**
 * Organisation size bands (staff headcount), following the European Commission's SME definition
 * (Recommendation 2003/361/EC: micro < 10, small < 50, medium < 250, large ≥ 250).
 */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  micro: 'Fewer than 10 people',
  small: '10 to 49 people',
  medium: '50 to 249 people',
  large: '250 people or more',
};

/** Membership categories, in the OSPO Alliance charter's terms. */
export const MEMBER_CATEGORIES = ['founder', 'supporter', 'sponsor'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, string> = {
  founder: 'Founders',
  supporter: 'Supporters',
  sponsor: 'Sponsors',
};

/** What kind of organisation a member is. */
export const MEMBER_KINDS = ['company', 'foundation', 'public-body', 'academic', 'association'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  company: 'Company',
  foundation: 'Foundation',
  'public-body': 'Public body',
  academic: 'Academic or research',
  association: 'Association',
};

/** Languages content may be written in (BCP 47 primary tags). English is the source language. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
/**
 * Languages the portal has pages for. A content file in another language folder would pass the
 * check and never be shown, so the check refuses it until its language is added here (with its
 * `/<lang>/` pages).
 */
export const PUBLISHED_LANGUAGES: readonly Language[] = ['en', 'fr', 'de'];
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
};

/**
 * Kinds of page, as the site search's `type` filter lists them. Each indexed page carries one
 * (BaseLayout's `search.type`).
 */
export const SEARCH_TYPES = ['activity', 'goal', 'case-study', 'member', 'onramp', 'news', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  activity: 'GGI activity',
  goal: 'GGI goal',
  'case-study': 'Case study',
  member: 'Member',
  onramp: 'OnRamp',
  news: 'News',
  page: 'Page',
};
