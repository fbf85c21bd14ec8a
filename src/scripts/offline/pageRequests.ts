/**
 * Whether a request is the browser opening a page (a navigation) at a path without a file extension:
 * every page of the edition ends in "/". The service worker answers such a request for a page it has not
 * stored from the network, and offline with the stored 404 page. A file it has not stored (/speech.json,
 * /og/edition.png, /edition.pdf) is left to the browser, whose own offline error is the true answer.
 */
export const isPageRequest = ({ mode, url }: { mode: RequestMode; url: string }) =>
  mode === 'navigate' && !/\.\w+$/u.test(new URL(url).pathname);
