/**
 * The parts of the offline controls that markup writes and their scripts read: About's control that saves
 * the edition (components/OfflineEdition.astro, scripts/offline/offlineEdition.ts) and the offline page's
 * list of pages kept (pages/offline.astro, scripts/offline/keptPages.ts).
 */

/** The line that says what is stored. */
export const OFFLINE_SUMMARY = 'data-offline-summary';
/** On each button: what it does. */
export const OFFLINE_ACTION = 'data-offline-action';
export type OfflineAction = 'save' | 'cancel' | 'remove';
/** The progress bar, the count of files and the Cancel button, shown while saving. */
export const OFFLINE_PROGRESS = 'data-offline-progress';
export const OFFLINE_COUNT = 'data-offline-count';
/** The status line read out politely: every quarter of a download, and how it ended. */
export const OFFLINE_STATUS = 'data-offline-status';
/** The list the offline page fills with the pages kept. */
export const KEPT_LIST = 'data-kept-list';

/** The attribute that names a button's action, as markup spreads it. */
export const offlineAction = (action: OfflineAction) => ({ [OFFLINE_ACTION]: action });
