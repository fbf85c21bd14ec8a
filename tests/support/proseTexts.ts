import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { PARAGRAPH_CLASS } from '../../src/lib/contract';

/** Elements whose text is code, a script's or a style's: not prose. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/**
 * The site's rule: the serif face is the speaker's words and the source's own lines (its title, date line,
 * rights notice), quoted as given. These classes set it on the site (global.css, prose.css).
 */
export const SITE_SPEAKERS = new Set([
  PARAGRAPH_CLASS,
  'font-serif',
  'speech-text',
  'speech-title',
  'speech-notices',
]);
/** The same in the EPUB (lib/downloads/epub/): its paragraphs, title, date line, occasion and notices. */
export const EPUB_SPEAKERS = new Set(['speech', 'speech-title', 'date-line', 'occasion', 'notices']);
/** `data-editorial` as hast names the property: the editors' marks inside the speaker's words. */
const EDITORIAL_PROPERTY = 'dataEditorial';

const classesOf = (element: Element) => {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

/**
 * The text of a page's prose, node by node, each marked as the speaker's words or not: code, scripts
 * and styles are left out; the speaker's words are the elements of the `speakers` classes, less the
 * editors' marks inside them (`data-editorial`).
 */
export function proseTexts(
  html: string,
  speakers: ReadonlySet<string>,
): { text: string; speakersWords: boolean }[] {
  const found: { text: string; speakersWords: boolean }[] = [];
  const walk = (node: Root | Element, speakersWords: boolean) => {
    for (const child of node.children) {
      if (child.type === 'element') {
        if (NOT_PROSE.has(child.tagName)) continue;
        const theirs = speakersWords || classesOf(child).some((name) => speakers.has(name));
        walk(child, child.properties[EDITORIAL_PROPERTY] === undefined && theirs);
      } else if (child.type === 'text') found.push({ text: child.value, speakersWords });
    }
  };
  walk(unified().use(rehypeParse).parse(html), false);
  return found;
}
