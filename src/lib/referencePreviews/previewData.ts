import { paragraphId } from '../contract';
import type { Edition } from '../model/types';

/**
 * What reference previews show (scripts/referencePreviews/referencePreviews.ts), as one small file,
 * `/reference-previews.json`, fetched on the first preview: each glossary entry's term, Chinese, pinyin and
 * definition, and each paragraph's words with where its sentences start and end (so a sentence is cut
 * from its paragraph rather than written twice).
 */
export interface PreviewData {
  entries: Record<string, { term: string; chinese?: string; pinyin?: string; definition: string }>;
  paragraphs: Record<string, { text: string; sentences: [number, number][] }>;
}

export function previewData(edition: Edition): PreviewData {
  return {
    entries: Object.fromEntries(
      edition.glossary.map((entry) => [
        entry.id,
        {
          term: entry.term,
          ...(entry.chinese ? { chinese: entry.chinese } : {}),
          ...(entry.pinyin ? { pinyin: entry.pinyin } : {}),
          definition: entry.definition,
        },
      ]),
    ),
    paragraphs: Object.fromEntries(
      edition.paragraphs.map((paragraph) => [
        paragraphId(paragraph.number),
        {
          text: paragraph.text,
          sentences: paragraph.sentences.map((s) => [s.start, s.end] as [number, number]),
        },
      ]),
    ),
  };
}

/** What a reference points to that a preview can show: a glossary entry, or a paragraph or a sentence. */
export type PreviewTarget =
  { kind: 'entry'; id: string } | { kind: 'speech'; paragraph: string; sentence?: number };

/** The preview target of a link's address on this site, or undefined when it has none. */
export function previewTarget(url: URL): PreviewTarget | undefined {
  const entry = /^\/glossary\/([a-z0-9-]+)\/$/u.exec(url.pathname);
  if (entry?.[1]) return { kind: 'entry', id: entry[1] };
  const speech = /^#(p\d+)(?:-(\d+))?$/u.exec(url.hash);
  if (!url.pathname.startsWith('/speech/') || !speech?.[1]) return undefined;
  return speech[2]
    ? { kind: 'speech', paragraph: speech[1], sentence: Number(speech[2]) }
    : { kind: 'speech', paragraph: speech[1] };
}
