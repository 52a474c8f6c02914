/**
 * Getting scorecards in and out of the page: download as JSON (the whole document) or as My GGI
 * Board's issues.csv (the shown scorecard), print, make a share link, import a JSON or CSV file
 * after a preview and a confirmation, and show or import a shared read-only copy. The JSON, CSV
 * and share code (src/lib/scorecard/json.ts, csv.ts, share.ts) loads on first use only.
 * Nothing leaves the browser: files are made and read here, a share link carries its data in
 * the URL fragment, which browsers never send.
 */
import { addScorecardCopy } from '../../lib/scorecard/adopt.ts';
import { downloadName, markExported } from '../../lib/scorecard/manage.ts';
import type { Catalogue } from '../../lib/scorecard/types.ts';
import { href } from '../../lib/site/urls.ts';
import type { Store } from './store.ts';
import { ask, download, notice, type Notice } from './dialogs.ts';
import { $, announce, el, setText } from './ui.ts';

/** Largest file the page reads (the import functions refuse bigger ones too), in bytes. */
const MAX_FILE = 1_048_576;

export class Transfer {
  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
  ) {}

  /** Downloads the whole document as JSON, and records the export (for the reminder). */
  async exportJson(): Promise<void> {
    const { exportJson } = await import('../../lib/scorecard/json.ts');
    if (!this.store.readOnly) this.store.change((doc, now) => markExported(doc, now));
    download(downloadName('json', new Date()), exportJson(this.store.doc), 'application/json');
    notice('export-due', undefined);
    announce('The scorecards are downloaded as a JSON file.');
  }

  /** Downloads the shown scorecard in My GGI Board's issues.csv columns. */
  async exportCsv(): Promise<void> {
    const { toBoardCsv } = await import('../../lib/scorecard/csv.ts');
    const sc = this.store.scorecard;
    const csv = toBoardCsv(sc, this.catalogue, (path) => new URL(href(path), import.meta.env.SITE).href);
    download(downloadName('csv', new Date(), sc.name), csv, 'text/csv');
    announce('The scorecard is downloaded as a CSV file for My GGI Board.');
  }

  /** Makes a link carrying a read-only copy of the shown scorecard, and copies it if the browser lets us. */
  async share(): Promise<void> {
    const { encodeShare } = await import('../../lib/scorecard/share.ts');
    const result = await encodeShare(this.store.scorecard);
    const url = `${location.origin}${location.pathname}#${result.fragment}`;
    const input = $<HTMLInputElement>('[data-share-url]');
    input.value = url;
    $('[data-share-out]').hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard access: the link stays selected in its field.
    }
    const kB = (result.bytes / 1024).toFixed(1);
    setText(
      $('[data-share-note]'),
      `${copied ? 'Copied. ' : ''}${kB} kB. ` +
        (result.textOmitted
          ? 'The scorecard fields and owners are left out, to keep the link short enough; statuses, points, dates and iterations are in. '
          : '') +
        'The data is in the part after “#”, which browsers do not send to any server.',
    );
    input.focus();
    input.select();
    announce(copied ? 'Share link made and copied.' : 'Share link made; it is selected in its field.');
  }

  /** Reads a chosen file, shows what it holds, and applies it once the user confirms. */
  async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    refused(undefined);
    try {
      if (file.size > MAX_FILE) {
        refused(file.name, [
          `The file is ${file.size.toLocaleString('en')} bytes, more than the ${MAX_FILE.toLocaleString('en')} bytes (1 MB) a scorecard may be.`,
        ]);
        return;
      }
      const text = await file.text();
      const csv = /\.csv$/i.test(file.name) || /^\uFEFF?issue_id,/.test(text);
      if (csv) await this.importCsv(file.name, text);
      else await this.importJson(file.name, text);
    } finally {
      input.value = '';
      input.focus();
    }
  }

  private async importJson(name: string, text: string): Promise<void> {
    const { parseDocumentImport } = await import('../../lib/scorecard/json.ts');
    const result = parseDocumentImport(text, this.catalogue, new Date());
    if (!result.ok) {
      refused(name, result.problems);
      return;
    }
    const p = result.preview;
    const ok = await ask('confirm', {
      title: `Replace your scorecards with “${name}”?`,
      body: [
        `The file holds ${p.scorecards.length} scorecard${p.scorecards.length === 1 ? '' : 's'}:`,
        el(
          'ul',
          { class: 'list-disc pl-5' },
          ...p.scorecards.map((s) =>
            el(
              'li',
              {},
              `${s.name}: ${s.selected} selected, ${s.done} done, ${s.snapshots} closed iteration${s.snapshots === 1 ? '' : 's'}`,
            ),
          ),
        ),
        this.store.stored
          ? `They replace the ${this.store.doc.scorecards.length} scorecard${this.store.doc.scorecards.length === 1 ? '' : 's'} of this browser. Download yours first if you may need them.`
          : 'Nothing is stored in this browser yet: they become its scorecards.',
      ],
      ok: 'Replace',
    });
    if (ok === null) return;
    this.store.replace(result.document);
    announce(`Imported ${name}: ${p.scorecards.length} scorecards. Showing ${this.store.scorecard.name}.`);
  }

  private async importCsv(name: string, text: string): Promise<void> {
    const { parseBoardCsv, applyBoardImport } = await import('../../lib/scorecard/csv.ts');
    const result = parseBoardCsv(text, this.catalogue);
    if (!result.ok) {
      refused(name, result.problems);
      return;
    }
    const sc = this.store.scorecard;
    const ok = await ask('confirm', {
      title: `Import My GGI Board's statuses into “${sc.name}”?`,
      body: [
        `${result.rows.length} activities get the status the board gives them; its task counts are shown beside their points. Points, texts and other activities stay as they are.`,
        ...(result.unmatched.length
          ? [
              `${result.unmatched.length} rows match no activity and are left out: ${result.unmatched
                .map((u) => `line ${u.line} (${u.title || 'no title'})`)
                .join(', ')}.`,
            ]
          : []),
      ],
      ok: 'Import',
    });
    if (ok === null) return;
    this.store.change((doc, now) => applyBoardImport(doc, result.rows, now), { external: true });
    announce(`Imported ${result.rows.length} statuses from My GGI Board into ${sc.name}.`);
  }

  /** Adds the shared copy to this browser's scorecards, and leaves the read-only view. */
  importShared(): void {
    const shared = this.store.shared;
    if (!shared) return;
    let doc;
    try {
      doc = addScorecardCopy(
        this.store.stored ? this.store.doc : { ...this.store.doc, scorecards: [] },
        shared.scorecard,
      );
    } catch (error) {
      notice('import', refusal('the shared copy', [(error as Error).message]));
      return;
    }
    this.store.shared = undefined;
    history.replaceState(null, '', location.pathname + location.search);
    this.store.replace(doc);
    $('[data-switch]').focus();
    announce(`The shared scorecard ${this.store.scorecard.name} is imported and shown; you can now change it.`);
  }
}

/** What a refused import says: the file's name and each problem; the saved data is untouched. */
function refusal(name: string, problems: readonly string[]): Notice {
  return {
    tone: 'problem',
    title: `Not imported: ${name}`,
    text: [
      'Nothing was changed. What is wrong:',
      el('ul', { class: 'mt-1 list-disc pl-5' }, ...problems.slice(0, 12).map((p) => el('li', {}, p))),
      ...(problems.length > 12 ? [`and ${problems.length - 12} more.`] : []),
    ],
  };
}

/**
 * Shows a refused file import beside the file field, where focus stays (an alert, so it is
 * read at once); `undefined` clears it (at the next attempt).
 */
function refused(name: string | undefined, problems: readonly string[] = []): void {
  const box = $('[data-import-problem]');
  if (name === undefined) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const r = refusal(name, problems);
  box.replaceChildren(el('p', { class: 'font-semibold' }, r.title), el('div', {}, ...(r.text ?? [])));
  box.hidden = false;
}
