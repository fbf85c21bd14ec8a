/**
 * The public URL and markup contract: every address, element id and data attribute that saved links,
 * other tools and this site's own scripts rely on. Each is written here once and parsed here once; the
 * build-time markup and the browser scripts both import this module, so it depends on nothing.
 * Addresses listed in tests/public-urls.txt must keep working (see README, "Addresses").
 *
 * It is seven files so that the browser's first script carries only the part it uses (the bundler keeps
 * or leaves a file whole): paths.ts (addresses), anchors.ts (element ids), elements.ts (custom elements),
 * markup.ts (classes and attributes), searchMarkup.ts, offlineMarkup.ts and notesMarkup.ts (the names
 * only the search code, the offline controls and the notes page, loaded on demand, read).
 */
export * from './anchors';
export * from './elements';
export * from './markup';
export * from './notesMarkup';
export * from './offlineMarkup';
export * from './paths';
export * from './searchMarkup';
