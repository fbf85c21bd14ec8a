/**
 * Whether the browser keeps the pages a reader opens, as the site's first script decides it (site.ts),
 * in the browser's local storage under READING_KEY: absent on a first visit, which then stores its
 * page's path; any other value means the reader has opened more than one page, and their next page
 * registers the service worker that keeps them (offline/keepReading.ts), unless it is READING_OFF: the
 * reader removed the offline copy, and nothing is kept until they save the edition again.
 */
export const READING_KEY = 'offline-reading';

/** After the first page's path was handed to the worker. */
export const READING_ON = 'on';

/** The reader removed what was stored: keep nothing until they save the edition. */
export const READING_OFF = 'off';
