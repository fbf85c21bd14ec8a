import type { SpeechData } from '../schemas';
import { isoDate } from '../text/dates';
import { personName } from './citation';

/**
 * schema.org description of the page and of the speech it is about (a chapter of the book it was
 * published in), as JSON-LD for search engines and other tools. The speech is described in full where
 * it is the page (`full`: the whole speech, the home page); other pages point to that description by its
 * @id alone, so no page repeats it (the reference managers' metadata, `highwireTags`, names it on every
 * page that shows its words).
 */
export function speechJsonLd(
  speech: SpeechData,
  page: { url: string; name: string; speechUrl: string; full: boolean },
) {
  const id = `${page.speechUrl}#speech`;
  const about = { '@id': id };
  const webPage = { '@type': 'WebPage', '@id': page.url, url: page.url, name: page.name, about };
  if (!page.full) return { '@context': 'https://schema.org', ...webPage };
  const chapter = {
    '@type': 'Chapter',
    '@id': id,
    name: speech.title,
    author: { '@type': 'Person', name: speech.speaker },
    dateCreated: isoDate(speech.date),
    inLanguage: 'en',
    description: speech.occasion,
    isPartOf: {
      '@type': 'Book',
      name: speech.book.title,
      publisher: { '@type': 'Organization', name: speech.book.publisher },
      datePublished: isoDate(speech.book.published),
    },
    sameAs: speech.webPage.url,
    copyrightNotice: speech.copyright,
  };
  return { '@context': 'https://schema.org', '@graph': [chapter, webPage] };
}

/** Highwire Press `citation_*` meta tags, which reference managers such as Zotero read. */
export function highwireTags(speech: SpeechData, url: string): [string, string][] {
  const { surname, given } = personName(speech.speaker);
  return [
    ['citation_title', speech.title],
    ['citation_author', `${surname}, ${given}`],
    ['citation_date', isoDate(speech.date).replaceAll('-', '/')],
    ['citation_publication_date', String(speech.book.published.getUTCFullYear())],
    ['citation_inbook_title', speech.book.title],
    ['citation_publisher', speech.book.publisher],
    ['citation_language', 'en'],
    ['citation_public_url', url],
  ];
}
