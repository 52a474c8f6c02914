/**
 * Offline support: registers the service worker (src/scripts/sw.ts, built by
 * src/integrations/search-and-offline.ts) and, when a new deployment's worker is ready, shows the
 * "new version" notice; its button lets the new worker take over and reloads the page, so pages and search index switch together. The worker's scope
 * is the base path: it never controls pages outside the portal on a shared host.
 */
import { workerScope } from '../lib/search/service-worker.ts';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = workerScope(import.meta.env.BASE_URL);
  let reloading = false;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  const offer = (worker: ServiceWorker) => {
    if (!navigator.serviceWorker.controller || document.getElementById('update-notice')) return; // first install: nothing to replace
    const notice = document.createElement('div');
    notice.id = 'update-notice';
    notice.setAttribute('role', 'status');
    notice.className =
      'fixed right-4 bottom-4 left-4 z-40 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-border bg-surface p-4 shadow-xl';
    notice.innerHTML =
      '<p class="flex-1 text-sm">A new version of the portal is ready.</p><button type="button" class="rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-on-brand">Reload</button>';
    document.body.append(notice);
    notice.querySelector('button')?.addEventListener('click', () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };

  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker);
        });
      });
    })
    .catch(() => undefined); // offline support is a bonus: the site works without it
}
