/**
 * What the About page says the browser stores for reading offline. The page is rendered before the
 * service worker and the search index exist, so it carries OFFLINE_SIZE_PLACEHOLDER, which the build
 * replaces with the size of the real precache, as fileSize (lib/text/numbers.ts) writes it, (src/build/offlineReading.ts).
 */
export const OFFLINE_SIZE_PLACEHOLDER = '[offline-size]';
