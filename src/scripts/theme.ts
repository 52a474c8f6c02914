/**
 * The light/dark switch (ThemeToggle): follows the system setting until pressed, then keeps the
 * choice in localStorage ("theme"), which BaseLayout's inline script applies before first paint.
 */
export function setupThemeToggle(): void {
  const root = document.documentElement;
  const button = document.getElementById('theme-toggle');
  if (!button) return;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : media.matches);
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  media.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    sync();
  });
}
