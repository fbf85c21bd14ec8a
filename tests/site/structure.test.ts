import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';

const pages = new Map(builtPages().map(([path, html]) => [path, unified().use(rehypeParse).parse(html)]));

/** Internal page paths a page links to (fragments and queries dropped). */
function linksFrom(path: string): string[] {
  const tree = pages.get(path);
  if (!tree) return [];
  return selectAll('a[href]', tree)
    .map((a) => new URL(String(a.properties['href']), `http://site${path}`))
    .filter((url) => url.host === 'site')
    .map((url) => url.pathname);
}

describe('the built site', () => {
  it('has no duplicate ids on any page', () => {
    const duplicates = [...pages].flatMap(([path, tree]) => {
      const ids = selectAll('[id]', tree).map((element) => String(element.properties['id']));
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${path}#${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('reaches every page from the home page by following links', () => {
    const reached = new Set(['/']);
    const queue = ['/'];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      for (const target of linksFrom(path)) {
        if (!reached.has(target) && pages.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    // The 404 page and the offline page are what a browser shows for an address it cannot have.
    const shownInstead = new Set(['/404.html', '/offline/']);
    const unreachable = [...pages.keys()].filter((path) => !shownInstead.has(path) && !reached.has(path));
    expect(unreachable).toEqual([]);
  });
});
