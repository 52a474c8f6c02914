/**
 * The only search code every page loads (a few hundred bytes): opens the search dialog from the
 * header button, `/` or Ctrl/⌘-K, and loads the dialog's behaviour (and, through it, Pagefind)
 * the first time it opens. Without JavaScript the button is a plain link to /search/.
 */
export function setupSearchTrigger(): void {
  const opener = document.getElementById('search-open');
  const dialog = document.getElementById('search-dialog');
  if (!opener || !(dialog instanceof HTMLDialogElement)) return;
  let wired: Promise<unknown> | undefined;

  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    wired ??= import('./dialog.ts').then((m) => m.wireSearchDialog(dialog, opener));
  };

  opener.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // new tab: follow the link
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    if (dialog.open || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (ctrlK || slash) {
      event.preventDefault();
      open();
    }
  });
}
