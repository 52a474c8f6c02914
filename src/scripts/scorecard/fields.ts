/**
 * The scorecard fields of an activity card (five texts, owner, target date), loaded with the first
 * card that needs them: one whose disclosure opens or whose activity has something written. The
 * page holds them once, in a `<template>` (src/components/ScorecardFields.astro) whose ids carry
 * FIELDS_KEY; a card gets its own copy, with its key in their place.
 */
import type { ActivityRecord } from '../../lib/scorecard/types.ts';
import { FIELDS_KEY, type ScorecardFieldKey } from '../../lib/scorecard/vocabulary.ts';

/** Sets a control's value (cards.ts: unless the user is typing in it). */
type SetValue = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => void;

/** Gives `card` its copy of the fields unless it has it, and fills them from `record`. */
export function fillFields(card: HTMLElement, record: ActivityRecord, setValue: SetValue): void {
  const slot = card.querySelector('p[data-fields-body]');
  if (slot) {
    const body = document.querySelector<HTMLTemplateElement>('#sc-fields-template')!.content.cloneNode(true);
    for (const e of (body as DocumentFragment).querySelectorAll('[id], [for], [aria-describedby]'))
      for (const attr of ['id', 'for', 'aria-describedby'])
        if (e.hasAttribute(attr)) e.setAttribute(attr, e.getAttribute(attr)!.replace(FIELDS_KEY, card.id));
    slot.replaceWith(body);
  }
  for (const t of card.querySelectorAll<HTMLTextAreaElement>('[data-field]'))
    setValue(t, record.fields[t.dataset.field as ScorecardFieldKey] ?? '');
  for (const [selector, value] of [
    ['[data-owner]', record.owner],
    ['[data-target]', record.target],
  ] as const) {
    const input = card.querySelector<HTMLInputElement>(selector)!;
    setValue(input, value);
    // Printed only when set.
    input.parentElement?.toggleAttribute('data-filled', value !== '');
  }
}
