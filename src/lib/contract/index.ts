/**
 * The public URL and markup contract: every address, element id and data attribute that saved links,
 * other tools and this site's own scripts rely on. Each is written here once and parsed here once; the
 * build-time markup and the browser scripts both import this module, so it depends on nothing.
 * Addresses listed in tests/public-urls.txt must keep working (see README, "Addresses").
 *
 * It is four files so that the browser's first script carries only the part it uses (the bundler keeps
 * or leaves a file whole): paths.ts (addresses), anchors.ts (element ids), markup.ts (classes and
 * attributes), searchMarkup.ts (the names only the search code, loaded on demand, reads).
 */
export * from './anchors';
export * from './markup';
export * from './paths';
export * from './searchMarkup';
