/**
 * Offline support: registers the service worker (built by scripts/build-sw.ts) and, when a new
 * deployment's worker is ready, shows the "new version" notice; its button lets the new worker
 * take over and reloads the page, so pages and search index switch together.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const notice = document.getElementById('update-notice');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let reloading = false;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  const offer = (worker: ServiceWorker) => {
    if (!notice || !navigator.serviceWorker.controller) return; // first install: nothing to replace
    notice.hidden = false;
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
