/**
 * The scorecard control of an activity page (src/components/ScorecardControl.astro), loaded by
 * site.ts with a dynamic import only on pages that have one. It binds the control to the current
 * scorecard kept in localStorage: shows the scorecard's name and the activity's status, turns the
 * section's verification points (`li[data-point]`) into checkboxes, saves each change at once
 * through the small reader (src/lib/scorecard/reader.ts; no validation library) and follows
 * changes made in another tab (`storage` events). A stored document the reader cannot read is
 * never written: the control says so and sends the user to the scorecard page. Where storage is
 * unavailable, changes last while the page stays open, and the control says they are not kept.
 * Every text from the document is set with textContent.
 */
import {
  announcement,
  controlView,
  earlierPointsNote,
  type ControlEvent,
  type ControlView,
} from '../../lib/scorecard/control-view.ts';
import { openStorage, writeRaw, type StoragePort } from '../../lib/scorecard/port.ts';
import { writeActivityChange, type ActivityChange } from '../../lib/scorecard/reader.ts';
import { STORAGE_KEY, type Status } from '../../lib/scorecard/vocabulary.ts';

/** A verification point of the page, made a checkbox. */
interface PointBox {
  id: string;
  text: string;
  input: HTMLInputElement;
}

/** Turns a `li[data-point]` into a labelled checkbox (its text moved into the label) and returns it. */
function pointBox(li: HTMLElement): PointBox {
  const id = li.dataset.point ?? '';
  const text = (li.textContent ?? '').trim().replace(/\s+/g, ' ');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.value = id;
  const label = document.createElement('label');
  label.append(input, ...li.childNodes);
  li.replaceChildren(label);
  return { id, text, input };
}

/** Binds the control `root` (`[data-scorecard-control]`) and shows it. */
export function setupScorecardControl(root: HTMLElement): void {
  const activityId = root.dataset.activity;
  const section = root.closest('section');
  if (!activityId || !section) return;
  const name = root.querySelector<HTMLElement>('[data-scorecard-name]');
  const message = root.querySelector<HTMLElement>('[data-scorecard-message]');
  const earlier = root.querySelector<HTMLElement>('[data-scorecard-earlier]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="scorecard-status"]')];
  const items = [...section.querySelectorAll<HTMLElement>('li[data-point]')];
  const points = items.map(pointBox);
  const ids = points.map((p) => p.id);
  items[0]?.closest('ul')?.setAttribute('data-ticking', '');

  let storage: StoragePort | undefined = openStorage();
  // Where storage is refused, the document lives here while the page stays open.
  let memory: string | null = null;
  const load = (): string | null => {
    if (!storage) return memory;
    try {
      return storage.getItem(STORAGE_KEY);
    } catch {
      storage = undefined;
      return memory;
    }
  };
  let view: ControlView = controlView(load(), activityId);

  const say = (text: string) => {
    if (message) message.textContent = text;
  };
  const render = () => {
    const v = view;
    const off = v.state === 'unreadable';
    if (name)
      name.textContent =
        v.state === 'ok' ? v.name : off ? 'cannot be read' : 'none yet (your first change here starts one)';
    for (const r of radios) {
      r.checked = !off && r.value === v.status;
      r.disabled = off;
    }
    for (const p of points) {
      p.input.checked = !off && v.ticked.includes(p.id);
      p.input.disabled = off;
    }
    if (earlier) {
      earlier.textContent = earlierPointsNote(v, ids);
      earlier.hidden = !earlier.textContent;
    }
  };

  const change = (what: ActivityChange, event: ControlEvent) => {
    const next = writeActivityChange(load(), activityId, what, new Date());
    if (next === null) {
      view = { state: 'unreadable' };
      render();
      say(announcement({ kind: 'unreadable' }, view, ids));
      return;
    }
    const written = writeRaw(storage, STORAGE_KEY, next);
    if (!written.ok && written.reason === 'full') {
      render(); // back to what is stored
      say(announcement({ kind: 'not-saved', reason: 'full' }, view, ids));
      return;
    }
    if (!written.ok) {
      storage = undefined;
      memory = next;
    }
    view = controlView(next, activityId);
    render();
    say(announcement(written.ok ? event : { kind: 'not-saved', reason: 'unavailable' }, view, ids));
  };

  for (const r of radios)
    r.addEventListener('change', () => {
      const status = r.value as Status;
      change({ status }, { kind: 'status', status });
    });
  for (const p of points)
    p.input.addEventListener('change', () => {
      const ticked = p.input.checked;
      // Ticking a point of a Not Selected activity sets it In Progress (setPoint in edits.ts).
      const started = ticked && view.state !== 'unreadable' && view.status === 'Not Selected' ? activityId : undefined;
      change({ point: { point: { id: p.id, text: p.text }, ticked } }, { kind: 'point', ticked, started });
    });
  window.addEventListener('storage', (event) => {
    if (!storage || event.storageArea !== (storage as unknown) || (event.key !== null && event.key !== STORAGE_KEY))
      return;
    view = controlView(load(), activityId);
    render();
    say(announcement({ kind: view.state === 'unreadable' ? 'unreadable' : 'elsewhere' }, view, ids));
  });

  render();
  if (view.state === 'unreadable') say(announcement({ kind: 'unreadable' }, view, ids));
  root.hidden = false;
}
