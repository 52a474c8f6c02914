/**
 * The script every page loads (about 1 kB gzipped): the theme switch, the search shortcuts and
 * button, and the service worker registration. Everything heavier loads on demand: the scorecard
 * control only on pages that have one (activity pages).
 */
import { registerServiceWorker } from './offline.ts';
import { setupSearchTrigger } from './search/trigger.ts';
import { setupThemeToggle } from './theme.ts';

setupThemeToggle();
setupSearchTrigger();
registerServiceWorker();

const scorecardControl = document.querySelector<HTMLElement>('[data-scorecard-control]');
if (scorecardControl) void import('./scorecard/control.ts').then((m) => m.setupScorecardControl(scorecardControl));
