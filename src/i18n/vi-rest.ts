/**
 * The Vietnamese messages the first load's code never shows (issue 19). In the build (scripts/vite/messages-split.ts)
 * this module adds them to the dictionary when it runs, and every lazily loaded module that names one imports it; here
 * (tests, dev server) ./vi-first already holds every message and it adds nothing.
 */
import { addMessages } from './i18n';

addMessages('vi', {});
