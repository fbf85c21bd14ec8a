import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Book } from '../book';
import { accessibilityMetadata } from './accessibilityMetadata';
import { chapters, type Chapter } from './chapters';
import { semantics } from './semantics';
import { escapeXml, xhtmlDocument } from './xhtml';

/** The site's typography, small: the speaker's words in a serif face, the editors' in a sans-serif face. */
export const EPUB_STYLESHEET = `@namespace epub "http://www.idpf.org/2007/ops";
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.5; }
.speech, .speech-title, .date-line, .occasion, .notices { font-family: Charter, "Iowan Old Style", Georgia, "Noto Serif", serif; }
.speech { font-size: 1.05em; line-height: 1.6; margin: 1em 0; }
.speech-title { font-size: 1.6em; font-weight: 600; line-height: 1.25; }
.occasion { font-style: italic; font-size: 0.9em; }
.pilcrow { font-family: system-ui, sans-serif; font-size: 0.75em; font-weight: 600; text-decoration: none; margin-right: 0.3em; }
a[epub|type~="noteref"] { font-family: system-ui, sans-serif; font-size: 0.7em; vertical-align: super; line-height: 0; text-decoration: none; }
aside[epub|type~="footnote"] { font-size: 0.85em; }
.commentary { font-size: 0.9em; border-left: 2px solid #ccc; padding-left: 0.8em; margin: 0.5em 0 1.5em; }
.label { font-size: 0.75em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #555; }
.summary { color: #444; }
.small { font-size: 0.85em; }
.notices { border-left: 2px solid #ccc; padding-left: 0.8em; margin-left: 0; }
.title-page { margin-top: 3em; }
dt { margin-top: 1em; }
dd { margin-left: 0; }
.sources li { margin-bottom: 0.4em; }
nav ol { list-style: none; padding-left: 1.2em; }
`;

/** The navigation document: the contents, with each document's parts, and the landmarks. */
function navigation(documents: readonly Chapter[]): string {
  const items = documents
    .map((doc) => {
      const parts = doc.parts.map(
        (part) => `<li><a href="${doc.file}#${part.id}">${escapeXml(part.title)}</a></li>`,
      );
      return `<li><a href="${doc.file}">${escapeXml(doc.title)}</a>${parts.length ? `<ol>${parts.join('')}</ol>` : ''}</li>`;
    })
    .join('\n');
  return xhtmlDocument(
    'Contents',
    `<nav ${semantics('toc')} id="toc"><h1>Contents</h1><ol>\n${items}\n</ol></nav>
<nav epub:type="landmarks" hidden=""><h2>Landmarks</h2><ol>
<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
<li><a epub:type="bodymatter" href="speech.xhtml">The speech</a></li>
<li><a epub:type="glossary" href="glossary.xhtml">Glossary</a></li>
<li><a epub:type="bibliography" href="sources.xhtml">Sources</a></li>
</ol></nav>`,
  );
}

/** The package document: the book's metadata, its files and their reading order. */
function packageDocument(book: Book, documents: readonly Chapter[]): string {
  const items = documents
    .map((doc, i) => `<item id="doc-${i + 1}" href="${doc.file}" media-type="application/xhtml+xml"/>`)
    .join('\n    ');
  const spine = documents.map((_, i) => `<itemref idref="doc-${i + 1}"/>`).join('\n    ');
  const { speech, version, officialText } = book;
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXml(book.url ?? '/')}edition.epub#version-${escapeXml(version.number)}</dc:identifier>
    <dc:title>${escapeXml(`${speech.title} (${book.name})`)}</dc:title>
    <dc:creator>${escapeXml(speech.speaker)}</dc:creator>
    <dc:language>en</dc:language>
    <dc:date>${version.date}</dc:date>
    <dc:description>${escapeXml(`The official English text of ${speech.speaker}’s speech of ${speech.day}, with the editors’ introduction, notes, commentary, glossary and sources. ${version.citedAs}.`)}</dc:description>
    <dc:source>${escapeXml(officialText.url)}</dc:source>
    <dc:rights>${escapeXml(`${officialText.rightsNotice} ${officialText.copyright}`)}</dc:rights>
    <meta property="dcterms:modified">${version.date}T00:00:00Z</meta>
    <meta property="schema:version">${escapeXml(version.number)}</meta>
    ${accessibilityMetadata(`The editors of ${book.name}`)}
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="style" href="style.css" media-type="text/css"/>
    ${items}
  </manifest>
  <spine>
    ${spine}
  </spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/**
 * The edition as an EPUB 3 file: `mimetype` first and stored (uncompressed), as the format requires,
 * then the container, the package document, the navigation, the stylesheet and the content documents.
 * Every file carries the version's date, so the same content gives the same bytes.
 */
export function bookEpub(book: Book): Uint8Array {
  const documents = chapters(book);
  const mtime = new Date(`${book.version.date}T00:00:00Z`);
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(packageDocument(book, documents)),
    'OEBPS/nav.xhtml': strToU8(navigation(documents)),
    'OEBPS/style.css': strToU8(EPUB_STYLESHEET),
  };
  for (const doc of documents) files[`OEBPS/${doc.file}`] = strToU8(doc.xhtml);
  return zipSync(files, { level: 9, mtime });
}
