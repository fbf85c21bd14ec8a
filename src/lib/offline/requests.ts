/** How the service worker answers a request of the site: by what is asked for. */
export type RequestKind = 'page' | 'asset' | 'file';

/**
 * - `page`: the browser opening a page (a navigation to a path without a file extension: every page of
 *   the edition ends in "/"); kept as it is read, from the saved copy when there is one.
 * - `asset`: a script or stylesheet of the site (`/_astro/`), whose name carries a hash of its content,
 *   so a stored copy is never stale.
 * - `file`: anything else (search's index, /speech.json, /og/ images, the downloads): from the saved copy
 *   when it holds it, else from the host; offline, the browser's own error is the true answer.
 */
export function requestKind({ mode, url }: { mode: RequestMode; url: string }): RequestKind {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/_astro/')) return 'asset';
  return mode === 'navigate' && !/\.\w+$/u.test(pathname) ? 'page' : 'file';
}
