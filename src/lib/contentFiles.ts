import { parse } from 'yaml';

/** The files of content/, named in every message about what they hold. */
export const CONTENT_FILES = {
  speech: 'content/speech.yaml',
  masthead: 'content/masthead.yaml',
  glossary: 'content/glossary.yaml',
  themes: 'content/themes.yaml',
  sources: 'content/sources.yaml',
  timeline: 'content/timeline.yaml',
  lineage: 'content/lineage.yaml',
  introduction: 'content/introduction.mdx',
  commentary: 'content/commentary',
  changes: 'content/changes.yaml',
  prose: 'content/prose',
} as const;

/**
 * A parser for a YAML list file of content/, for the content loader: each item is keyed by its `key`
 * field (given to the loader as its id), and a repeated key fails, naming the file, where the loader
 * would otherwise let one item silently replace the other. Dates stay as written ("2014-02-27").
 */
export function listFileParser(file: string, key = 'id') {
  return (text: string): Record<string, unknown>[] => {
    const list: unknown = parse(text);
    if (!Array.isArray(list)) throw new Error(`${file} must be a YAML list of entries.`);
    const seen = new Set<string>();
    return (list as Record<string, unknown>[]).map((item) => {
      const id = String(item[key]);
      if (seen.has(id)) throw new Error(`${file}: two entries share the ${key} "${id}" (field "${key}").`);
      seen.add(id);
      return key === 'id' ? item : { id, ...item };
    });
  };
}
