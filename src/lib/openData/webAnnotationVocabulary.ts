/**
 * The addresses the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) has its
 * documents name: the JSON-LD context, which /annotations.jsonld and a reader's exported notes both declare
 * (and an import requires), and the specification a FragmentSelector's value conforms to.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3986';
