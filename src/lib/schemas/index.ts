/**
 * The contract for content/: one zod schema per collection, a doc comment per field (the authors'
 * manual), and the rules a single file can break. Rules across files are the model's (model/).
 */
export * from './changes';
export * from './context';
export * from './fields';
export * from './glossary';
export * from './prose';
export * from './speech';
export * from './themes';
