/**
 * The structural semantics the e-book's documents use, each with the DPUB-ARIA role that goes with it:
 * reading systems read `epub:type`, assistive technologies read only the role, so EPUB Accessibility 1.1
 * asks for both (https://www.w3.org/TR/dpub-aria-1.1/; Ace's rule epub-type-has-matching-role).
 * `undefined` where DPUB-ARIA has no role for the semantic.
 */
const ROLES = {
  titlepage: undefined,
  bodymatter: undefined,
  chapter: 'doc-chapter',
  introduction: 'doc-introduction',
  glossary: 'doc-glossary',
  bibliography: 'doc-bibliography',
  appendix: 'doc-appendix',
  toc: 'doc-toc',
  noteref: 'doc-noteref',
  footnote: 'doc-footnote',
} as const;

export type EpubType = keyof typeof ROLES;

/**
 * The attributes that give an element its semantics, `epub:type="glossary" role="doc-glossary"`: written
 * here only, so that no element carries a type without its role. An element has one role, that of its
 * most specific type (`bodymatter chapter` is a chapter).
 */
export function semantics(...types: [EpubType, ...EpubType[]]): string {
  const role = types.map((type) => ROLES[type]).findLast((found) => found !== undefined);
  return `epub:type="${types.join(' ')}"${role ? ` role="${role}"` : ''}`;
}
