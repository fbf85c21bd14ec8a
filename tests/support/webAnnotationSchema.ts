/**
 * The shape of a W3C Web Annotation collection, as far as this edition writes them (its own
 * /annotations.jsonld and a reader's exported notes): a JSON Schema the tests check both against.
 * https://www.w3.org/TR/annotation-model/ and https://www.w3.org/TR/annotation-vocab/
 */
const selector = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'exact'],
      properties: {
        type: { const: 'TextQuoteSelector' },
        exact: { type: 'string', minLength: 1 },
        prefix: { type: 'string' },
        suffix: { type: 'string' },
      },
    },
    {
      type: 'object',
      required: ['type', 'value'],
      properties: {
        type: { const: 'FragmentSelector' },
        value: { type: 'string', minLength: 1 },
        conformsTo: { const: 'http://tools.ietf.org/rfc/rfc3986' },
      },
    },
  ],
};

const body = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: ['TextualBody', 'Text'] },
    value: { type: 'string' },
    purpose: { enum: ['commenting', 'describing', 'linking'] },
  },
  if: { properties: { type: { const: 'TextualBody' } } },
  then: { required: ['value'] },
};

const annotation = {
  type: 'object',
  required: ['id', 'type', 'motivation', 'body', 'target'],
  properties: {
    id: { type: 'string', minLength: 1 },
    type: { const: 'Annotation' },
    motivation: { enum: ['commenting', 'describing'] },
    created: { type: 'string', format: 'date-time' },
    modified: { type: 'string', format: 'date-time' },
    body: { oneOf: [body, { type: 'array', items: body, minItems: 1 }] },
    target: {
      type: 'object',
      required: ['source', 'selector'],
      properties: {
        source: { type: 'string', minLength: 1 },
        selector: { oneOf: [selector, { type: 'array', items: selector, minItems: 1 }] },
      },
    },
  },
};

export const webAnnotationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['@context', 'type', 'total', 'first'],
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    type: { const: 'AnnotationCollection' },
    total: { type: 'integer', minimum: 0 },
    first: {
      type: 'object',
      required: ['type', 'items'],
      properties: { type: { const: 'AnnotationPage' }, items: { type: 'array', items: annotation } },
    },
  },
};
