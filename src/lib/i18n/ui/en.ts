/**
 * The portal's interface strings in English, the source language: every other language's
 * dictionary (fr.ts, de.ts) has exactly these keys, which the type check enforces (`Dictionary`).
 * Keys name where a string is used (`nav.*` the header, `footer.*` the footer, …). `{name}` marks
 * a value put in by `format()` (src/lib/i18n/ui.ts).
 */
export const en = {
  'skip.toContent': 'Skip to content',
  'site.home': '{site}, home',
  'site.tagline': 'open source good governance, by the {publisher}',
  'nav.main': 'Main',
  'nav.ggi': 'GGI handbook',
  'nav.caseStudies': 'Case studies',
  'nav.members': 'Members',
  'nav.onramp': 'OnRamp',
  'nav.news': 'News',
  'search.button': 'Search',
  'theme.dark': 'Dark theme',
  'breadcrumb.label': 'Breadcrumb',
  'language.label': 'Language',
  'language.current': '{language} (this page)',
  'language.englishText': 'English text',
  'footer.publishedBy': 'Published by the {publisher} and its members.',
  'footer.licences': 'Licences',
  'footer.licenceText':
    'Content under {licence}; the GGI handbook is by the OW2 Good Governance Initiative and the OSPO Alliance. Code under the {code}.',
  'footer.getInvolved': 'Get involved',
  'footer.about': 'About the Alliance and the portal',
  'footer.governance': 'How the Alliance is governed',
  'footer.join': 'Join the Alliance',
  'footer.data': 'Data and feeds',
  'footer.privacy': 'Privacy',
  'footer.translations': 'Translations',
  'footer.repository': 'Source repository',
  'footer.contact': 'Mailing list (contact)',
  'footer.contribute': 'How to contribute',
  'fallback.title': 'Not translated yet',
  'fallback.text': 'This page is not yet available in {language}: here is its English text.',
  'fallback.contribute': 'Help translate it',
  'ggi.overviewTitle': 'The GGI handbook',
  'handbook.nav': 'Handbook',
  'handbook.contents': 'Handbook contents',
  'handbook.goalN': 'Goal {n}',
  'handbook.listed': '{listed} of {total} activities listed',
  'handbook.activitiesCount': '{total} activities',
  'pager.label': 'Previous and next in the handbook',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'role.developer': 'Developer',
  'role.team-leader': 'Team leader',
  'role.decision-maker': 'Decision maker',
  'card.for': 'For: {roles}',
  'card.goal': '{goal} goal',
  'goal.ofTotal': 'Goal {n} of {total}',
  'goal.activities': 'Activities',
  'activity.onThisPage': 'On this page',
  'methodology.browse': 'Browse the activities',
  'methodology.onePage': 'Read the whole handbook on one page',
  'translations.title': 'Translations',
  'translations.intro':
    'Which pages of the handbook are translated into each language, computed from the content files at build time. A translation is out of date when its English original changed after it was made. Other pages are shown in English under each language’s address.',
  'translations.summary': '{translated} translated, {outdated} out of date, {missing} missing, of {total}',
  'translations.state.translated': 'Translated',
  'translations.state.outdated': 'Out of date',
  'translations.state.missing': 'Missing',
  'translations.entry': 'Entry',
  'translations.state': 'State',
  'translations.collection.activities': 'Activity',
  'translations.collection.goals': 'Goal',
  'translations.collection.pages': 'Page',
  'translations.contribute': 'How to add or update a translation',
} as const;

/** A key of the interface dictionary. */
export type UiKey = keyof typeof en;
/** A language's interface dictionary: a string for every key of the English one. */
export type Dictionary = Record<UiKey, string>;
