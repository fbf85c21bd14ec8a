/**
 * What the About page says the browser stores for reading offline. The page is rendered before the
 * service worker and the search index exist, so it carries OFFLINE_SIZE_PLACEHOLDER, which the build
 * replaces with the size of the real precache (src/build/offlineReading.ts).
 */
export const OFFLINE_SIZE_PLACEHOLDER = '[offline-size]';

/** A stored size as the About page gives it, in megabytes of 1,048,576 bytes: "1.9 MB". */
export const storedSize = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
