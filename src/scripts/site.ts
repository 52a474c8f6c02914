/**
 * The script every page loads (about 1 kB gzipped): the theme switch, the search shortcuts and
 * button, and the service worker registration. Everything heavier loads on demand.
 */
import { registerServiceWorker } from './offline.ts';
import { setupSearchTrigger } from './search/trigger.ts';
import { setupThemeToggle } from './theme.ts';

setupThemeToggle();
setupSearchTrigger();
registerServiceWorker();
