/**
 * The scorecard page's state: the document in memory, where it is kept (localStorage through
 * src/lib/scorecard/storage.ts, or nowhere when storage is unavailable), and, for a share link,
 * the read-only scorecard shown instead. Every change goes through `change`, which applies one of
 * the model's operations (src/lib/scorecard/model.ts), saves the whole document and tells the
 * page to redraw. The document is only written once something changes: until then a visitor
 * without a scorecard has none stored. One exception: an unreadable stored value, once safely
 * kept aside, is replaced at once by a new empty document, so that the activity pages' control
 * is usable again too.
 */
import { currentScorecard, emptyDocument } from '../../lib/scorecard/model.ts';
import { loadStored, openStorage, saveDocument, type Loaded, type StoragePort } from '../../lib/scorecard/storage.ts';
import type { Scorecard, ScorecardDocument } from '../../lib/scorecard/types.ts';
import { STORAGE_KEY } from '../../lib/scorecard/vocabulary.ts';

/** Why the document is not being saved, if it is not. */
export type SaveProblem = 'unavailable' | 'full' | 'unreadable';

/** What a redraw needs to know of the change that caused it. */
export interface Redraw {
  /** The change concerned one activity only: redraw its card (and the dashboard), not all. */
  activity?: string;
  /** The document came from elsewhere (load, another tab, an import): refresh every control. */
  external?: boolean;
}

export class Store {
  /** The document, stored or not. */
  doc: ScorecardDocument;
  /** Whether the document is in storage (false until the first change when nothing was stored). */
  stored: boolean;
  /** Why saving fails, when it does. */
  problem: SaveProblem | undefined;
  /** A shared scorecard shown read-only (from a `#share=` link), instead of the current one. */
  shared: { scorecard: Scorecard; textOmitted: boolean } | undefined;
  /** What the first load found (for the page's notices). */
  loaded: Loaded;
  readonly storage: StoragePort | undefined;
  private listeners: ((r: Redraw) => void)[] = [];
  /** Whether `load` has run: until then nothing may change or overwrite what is stored. */
  private loadDone = false;

  /** A store with a new, unsaved document, until `load` reads what localStorage holds. */
  constructor(now = new Date()) {
    this.storage = openStorage();
    this.loaded = { state: 'empty' };
    this.problem = this.storage ? undefined : 'unavailable';
    this.doc = emptyDocument(now);
    this.stored = false;
  }

  /**
   * Reads the stored document (migrated and validated: storage.ts's `loadStored`), or keeps the
   * new one when there is none or it is unreadable. The page enables editing only after this.
   */
  async load(now = new Date()): Promise<void> {
    if (this.storage) this.loaded = await loadStored(this.storage, now);
    this.loadDone = true;
    // An unreadable value that could not be copied aside must never be overwritten.
    if (this.loaded.state === 'unreadable') {
      if (this.loaded.keptAs === null) this.problem = 'unreadable';
      // Kept aside byte for byte: the new scorecard the page announces starts now, stored.
      else this.save();
      return;
    }
    if (this.loaded.state !== 'ok') return;
    this.doc = this.loaded.document;
    this.stored = true;
    if (this.loaded.migrated) this.save();
  }

  /** The scorecard the page shows: the shared one, or the document's current one. */
  get scorecard(): Scorecard {
    return this.shared?.scorecard ?? currentScorecard(this.doc);
  }

  /** Whether the page only shows (a share link) and must not change anything. */
  get readOnly(): boolean {
    return this.shared !== undefined;
  }

  /** Calls `listener` after every change. */
  onRedraw(listener: (r: Redraw) => void): void {
    this.listeners.push(listener);
  }

  /** Asks every listener to redraw. */
  redraw(r: Redraw = {}): void {
    for (const l of this.listeners) l(r);
  }

  /**
   * Applies `operation` (a model operation, given the time) to the document, saves it and
   * redraws; nothing happens in a read-only view or before `load`. Returns whether the document
   * was saved.
   */
  change(operation: (doc: ScorecardDocument, now: Date) => ScorecardDocument, r: Redraw = {}): boolean {
    if (this.readOnly || !this.loadDone) return false;
    this.doc = operation(this.doc, new Date());
    const saved = this.save();
    this.redraw(r);
    return saved;
  }

  /** Replaces the whole document (an import) and saves it. */
  replace(doc: ScorecardDocument): boolean {
    if (!this.loadDone) return false;
    this.doc = doc;
    const saved = this.save();
    this.redraw({ external: true });
    return saved;
  }

  /** Writes the document; records why when it cannot. */
  save(): boolean {
    if (this.problem === 'unreadable') return false;
    const result = saveDocument(this.storage, this.doc);
    this.problem = result.ok ? undefined : result.reason;
    if (result.ok) this.stored = true;
    return result.ok;
  }

  /**
   * Follows changes another tab made (the `storage` event): the stored document is read and
   * validated again and shown; a value that is gone or unreadable leaves this page's document
   * as it is (and the next save writes it back).
   */
  listenToOtherTabs(): void {
    addEventListener('storage', async (e) => {
      if (e.key !== STORAGE_KEY || !this.storage) return;
      const loaded = await loadStored(this.storage, new Date());
      if (loaded.state !== 'ok') return;
      this.doc = loaded.document;
      this.stored = true;
      this.redraw({ external: true });
    });
  }
}
