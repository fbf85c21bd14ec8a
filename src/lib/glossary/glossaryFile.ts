import { parse } from 'yaml';

/** The glossary's file, named in every message about its entries. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * Reads `content/glossary.yaml` (a list of entries) for the content loader, failing on a repeated id,
 * which the loader would otherwise let one entry silently replace the other.
 */
export function parseGlossaryFile(text: string): Record<string, unknown>[] {
  const list: unknown = parse(text);
  if (!Array.isArray(list)) throw new Error(`${GLOSSARY_FILE} must be a YAML list of entries.`);
  const seen = new Set<string>();
  for (const item of list as Record<string, unknown>[]) {
    const id = String(item['id']);
    if (seen.has(id)) throw new Error(`${GLOSSARY_FILE}: two entries share the id "${id}" (field "id").`);
    seen.add(id);
  }
  return list as Record<string, unknown>[];
}
