/**
 * The only search code every page loads (a few hundred bytes): opens the search dialog from the
 * header button, `/` or Ctrl/⌘-K, loading the dialog (and, through it, Pagefind) the first time.
 * Pointing at the button, touching it or moving the focus to it loads them ahead of the click, so
 * that the first results come at once; a page whose search button is never approached loads neither.
 * Without JavaScript the button is a plain link to /search/.
 */
export function setupSearchTrigger(): void {
  const opener = document.getElementById('search-open');
  if (!opener) return;
  let dialogModule: Promise<typeof import('./dialog.ts')> | undefined;
  const isOpen = () => (document.getElementById('search-dialog') as HTMLDialogElement | null)?.open ?? false;

  // Keys typed while the dialog loads (the first time) are kept and put into its search box.
  let typedAhead: string | undefined;
  const keep = (event: KeyboardEvent) => {
    if (typedAhead !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      typedAhead += event.key;
      event.preventDefault();
    }
  };
  document.addEventListener('keydown', keep, true);

  const open = () => {
    if (isOpen() || typedAhead !== undefined) return;
    typedAhead = '';
    dialogModule ??= import('./dialog.ts');
    void dialogModule.then((m) => m.openSearchDialog(opener, typedAhead)).finally(() => (typedAhead = undefined));
  };

  const preload = () => {
    dialogModule ??= import('./dialog.ts');
    void dialogModule.then((m) => m.preloadSearch()).catch(() => undefined);
  };
  for (const type of ['pointerenter', 'touchstart', 'focus'] as const)
    opener.addEventListener(type, preload, { once: true, passive: true });

  opener.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // new tab: follow the link
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    if (isOpen() || event.defaultPrevented) return;
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
