const loaded = new Map<string, Promise<void>>();

/**
 * Adds one of the site's stylesheets to the page, once, and resolves when it has loaded (or failed, so
 * that nothing waits for ever). The styles of what loads on demand (citing, search, marking searched
 * words) come with it, so a page's first visit carries only the styles it shows.
 */
export function loadStylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    done = new Promise((resolve) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    loaded.set(href, done);
  }
  return done;
}
