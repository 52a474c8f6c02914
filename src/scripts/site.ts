/**
 * The script every page loads (about 1 kB): the search shortcuts and button, and the service
 * worker registration. Everything heavier loads on demand.
 */
import { registerServiceWorker } from './offline.ts';
import { setupSearchTrigger } from './search/trigger.ts';

setupSearchTrigger();
registerServiceWorker();
