import { isPagePath, parseCacheName } from '../../lib/offline/edition';
import { paths } from '../../lib/contract/paths';
import { ConnectedElement } from '../connectedElement';
import { KEPT_PAGES_ELEMENT } from '../../lib/contract/elements';
import { KEPT_LIST } from '../../lib/contract/offlineMarkup';

/** A kept page's own title, without the edition's name that every title ends with. */
async function titleOf(response: Response): Promise<string> {
  const html = await response.text();
  const title = new DOMParser().parseFromString(html, 'text/html').title;
  return title.split(' · ')[0] ?? title;
}

/** Every page the service worker keeps, as path and title, in the order of their paths. */
async function keptPages(): Promise<{ path: string; title: string }[]> {
  const found = new Map<string, Response>();
  for (const name of await caches.keys()) {
    if (!parseCacheName(name)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      const response =
        isPagePath(path) && path !== paths.offline && !found.has(path) && (await cache.match(request));
      if (response) found.set(path, response);
    }
  }
  const pages = await Promise.all(
    [...found].map(async ([path, response]) => ({ path, title: await titleOf(response) })),
  );
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** `<speech-kept-pages>` on the offline page: lists, as links, the pages that can be read offline. */
class KeptPages extends ConnectedElement {
  protected connect() {
    if (!('caches' in window)) return;
    void keptPages().then((pages) => {
      const list = this.querySelector(`[${KEPT_LIST}]`);
      if (!list || pages.length === 0) return;
      list.replaceChildren(
        ...pages.map(({ path, title }) => {
          const item = document.createElement('li');
          item.append(Object.assign(document.createElement('a'), { href: path, textContent: title }));
          return item;
        }),
      );
      this.hidden = false;
    });
  }
}

customElements.define(KEPT_PAGES_ELEMENT, KeptPages);
