import { CONTENT_FILES } from '../contentFiles';
import { glossaryProblems } from '../glossary/glossaryProblems';
import { findUses, numberNotes } from '../glossary/uses';
import { createTermMatcher } from '../glossary/termMatcher';
import { paragraphSegments, segmentsText, type Segment } from '../speech/paragraphSegments';
import { proseParts } from '../prose/parts';
import { placeSections, type SectionPlace } from '../speech/sections';
import { buildPassages, themeProblems } from '../themes/passages';
import type { EditionContent, SectionFile } from './content';
import { linkContext } from './linkContext';
import { linkRecords } from './linkRecords';
import type { Edition } from './types';
import { editionVersions } from './versions';

function fail(what: string, problems: readonly string[]) {
  if (problems.length > 0) throw new Error(`${what}:\n${problems.join('\n')}`);
}

/** The speaker's words of every section, paragraph by paragraph, checked against its frontmatter. */
function readParagraphs(places: readonly SectionPlace<SectionFile>[]): Map<number, Segment[]> {
  const segments = new Map<number, Segment[]>();
  for (const { content, file } of places) {
    const found = paragraphSegments(content.body, file);
    const listed = content.data.paragraphs;
    if ([...found.keys()].join() !== listed.join()) {
      throw new Error(
        `${file} lists paragraphs [${listed.join(', ')}] (field "paragraphs") but holds <Paragraph n> for [${[...found.keys()].join(', ')}].`,
      );
    }
    for (const [n, list] of found) segments.set(n, list);
  }
  return segments;
}

/**
 * Checks content/ against the rules no schema can see and builds the edition from it: the sections in
 * order, the paragraphs with their words, the uses of glossary entries (the first in each paragraph
 * noted) and the themed passages, then the records that link them (linkRecords.ts), then the editors'
 * context: introduction, commentary, timeline and lineages (linkContext.ts). Fails with messages that
 * name the file and field of the content that does not fit.
 */
export function buildEdition(content: EditionContent): Edition {
  const places = placeSections(content.sections);
  const segments = readParagraphs(places);
  const texts = new Map([...segments].map(([n, list]) => [n, segmentsText(list)]));

  const glossary = [...content.glossary].sort((a, b) =>
    a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
  );
  const uses = numberNotes(findUses(segments, createTermMatcher(glossary)));
  fail(
    'The glossary does not fit the speech',
    glossaryProblems(glossary, segments, uses, CONTENT_FILES.glossary),
  );

  const { passages, problems } = buildPassages(
    places.map(({ file, content }) => ({
      file,
      paragraphs: content.data.paragraphs,
      passages: content.data.passages,
    })),
    texts,
    new Set(content.themes.map((theme) => theme.id)),
  );
  // Themes in the order they first appear in the speech (a theme without passages fails below).
  const first = (id: string) => passages.findIndex((p) => p.themeId === id);
  const themes = [...content.themes].sort((a, b) => first(a.id) - first(b.id));
  fail('The themes do not fit the speech', [
    ...problems,
    ...themeProblems(themes, passages, texts.size, CONTENT_FILES.themes),
  ]);

  const core = linkRecords({
    masthead: content.masthead,
    speech: content.speech,
    places,
    segments,
    texts,
    glossary,
    uses,
    themes,
    passages,
  });
  const versions = editionVersions(content.changes, content.version, CONTENT_FILES.changes);
  const prose = proseParts(content.prose, CONTENT_FILES.prose);
  return { ...linkContext(core, content, content.masthead.timeline), ...versions, prose };
}
