import { escapeXml } from './xhtml';

/** The conformance the e-book claims: EPUB Accessibility 1.1 at WCAG 2.2 Level AA. */
const EPUB_CONFORMANCE = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';

/**
 * What the e-book offers a reader who uses assistive technology, stated as EPUB Accessibility 1.1 asks
 * (https://www.w3.org/TR/epub-a11y-11/#sec-discovery), and only what holds: it is text alone (no image,
 * chart, audio or video; tests/site/editionEpub.test.ts fails when one appears, since the access modes
 * would change), with a table of contents, headings for every part, a reading order that is the text's,
 * and no fixed layout. The conformance claim rests on the checks every build passes: Ace by DAISY and
 * epubcheck on the built file, and the tests of the documents' semantics and contents. The evaluator is
 * the edition itself: no one else has assessed it.
 */
export function accessibilityMetadata(evaluator: string): string {
  const meta = (property: string, value: string, attributes = '') =>
    `<meta property="${property}"${attributes}>${escapeXml(value)}</meta>`;
  return [
    meta('schema:accessMode', 'textual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...['tableOfContents', 'structuralNavigation', 'readingOrder', 'displayTransformability'].map((feature) =>
      meta('schema:accessibilityFeature', feature),
    ),
    meta('schema:accessibilityHazard', 'none'),
    meta(
      'schema:accessibilitySummary',
      'Text only, with no images, audio or video: a table of contents, a heading for every part, notes linked to and from the words they explain, and Chinese words marked as Chinese. The speaker’s words and the editors’ are set in different faces and told apart in the markup. The text reflows, and a reading system can change its size, font and colours.',
    ),
    meta('dcterms:conformsTo', EPUB_CONFORMANCE, ' id="conformance"'),
    meta('a11y:certifiedBy', evaluator, ' refines="#conformance"'),
  ].join('\n    ');
}
