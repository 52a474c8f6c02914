/**
 * Progressive enhancement of a CSS-filtered list (see src/lib/site/filter-css.ts): keeps the checked
 * filters in the URL query (`?goal=trust&role=developer`), restores them from it on load, and
 * announces how many items show. Filtering itself is CSS and works without this script.
 */
export function enhanceFilter(form: HTMLElement): void {
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const list = document.getElementById(form.dataset.list ?? '');
  // The filtered items: the list's own <li> children, or what the form's data-items selects.
  const items = list ? [...list.querySelectorAll<HTMLElement>(form.dataset.items ?? ':scope > li')] : [];
  const names = [...new Set([...form.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => i.name))];

  const announce = () => {
    if (!status) return;
    const shown = items.filter((li) => li.checkVisibility()).length;
    status.textContent = `Showing ${shown} of ${items.length}`;
  };

  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const wanted = params.get(name)?.toLowerCase() ?? null;
    if (wanted === null) continue;
    const input = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(name)}"][value="${CSS.escape(wanted)}"]`,
    );
    if (input) input.checked = true;
  }

  form.addEventListener('change', () => {
    const url = new URL(location.href);
    for (const name of names) {
      const value = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`)?.value ?? '';
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    announce();
  });
  announce();
}

for (const form of document.querySelectorAll<HTMLElement>('[data-filter]')) enhanceFilter(form);
