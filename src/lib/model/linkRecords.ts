import { paragraphId, paths, sentenceId, withFragment } from '../contract';
import type { NotedUse } from '../glossary/uses';
import {
  ENTRY_KINDS,
  type GlossaryEntryData,
  type MastheadData,
  type SpeechData,
  type ThemeData,
} from '../schemas';
import { wordFrequencies } from '../speech/concordance';
import type { Segment } from '../speech/paragraphSegments';
import { paragraphRange, type SectionPlace } from '../speech/sections';
import { sentenceSpans } from '../speech/sentences';
import { passageContains, passageLabel, themesOf, type ThemePassage } from '../themes/passages';
import { relatedSections } from '../themes/relatedSections';
import { themeMatrix } from '../themes/themeMap';
import type { SectionFile } from './content';
import { byId, groupBy } from './lookup';
import type { CoreEdition } from './linkContext';
import type { Commentary, EntryUse, GlossaryEntry, Paragraph, Passage, Section, Theme } from './types';

/** Content that has passed every check of buildEdition, in the orders the edition shows. */
export interface CheckedContent {
  masthead: MastheadData;
  speech: SpeechData;
  places: readonly SectionPlace<SectionFile>[];
  segments: ReadonlyMap<number, readonly Segment[]>;
  texts: ReadonlyMap<number, string>;
  /** Alphabetical by term. */
  glossary: readonly GlossaryEntryData[];
  uses: readonly NotedUse[];
  /** In order of first appearance. */
  themes: readonly ThemeData[];
  passages: readonly ThemePassage[];
}

function sectionRecord({ content, file, slug }: SectionPlace<SectionFile>): Section {
  const { data } = content;
  return {
    slug,
    file,
    contentId: content.id,
    order: data.order,
    title: data.title,
    summary: data.summary,
    href: paths.section(slug),
    image: paths.previewImage(slug),
    range: paragraphRange(data.paragraphs),
    ...{ paragraphs: [], previous: undefined, next: undefined, themes: [], entries: [], related: [] },
  };
}

function paragraphRecord(
  number: number,
  text: string,
  segments: readonly Segment[],
  section: Section,
): Paragraph {
  const id = paragraphId(number);
  return {
    number,
    id,
    text,
    segments,
    sentences: sentenceSpans(text).map((span, i) => ({
      id: sentenceId(number, i + 1),
      number: i + 1,
      ...span,
      text: text.slice(span.start, span.end),
    })),
    section,
    href: withFragment(section.href, id),
    ...{ uses: [], entries: [], themes: [], passages: [], alsoKnownAs: [], events: [] },
    // Set by linkContext, which fails the build unless every paragraph has its commentary.
    commentary: undefined as unknown as Commentary,
  };
}

const entryRecord = (data: GlossaryEntryData): GlossaryEntry => ({
  ...data,
  href: paths.entry(data.id),
  alsoKnownAs: [...data.renderings.map((r) => r.text), data.chinese ?? ''].filter(Boolean),
  ...{ uses: [], related: [], themes: [], events: [], lineage: [] },
});

const themeRecord = (data: ThemeData): Theme => ({
  ...data,
  href: paths.theme(data.id),
  ...{ passages: [], entries: [], related: [], coverage: [] },
});

/**
 * Makes the edition's records and links each to the records it refers to: paragraphs to their section,
 * uses and passages; entries to their uses, related entries and themes; themes to their passages and
 * entries; sections to their paragraphs, neighbours and related sections. Work stays linear in the
 * length of the speech (see the scale benchmark).
 */
export function linkRecords(content: CheckedContent): CoreEdition {
  const sections = content.places.map(sectionRecord);
  const homes = new Map(
    content.places.flatMap((place, i) => place.content.data.paragraphs.map((n) => [n, i])),
  );
  const paragraphs = [...content.texts].map(([n, text]) =>
    paragraphRecord(n, text, content.segments.get(n) ?? [], sections[homes.get(n) ?? 0] as Section),
  );
  const entries = content.glossary.map(entryRecord);
  const themes = content.themes.map(themeRecord);
  const paragraph = byId(paragraphs, (p) => p.number, 'paragraph');
  const entry = byId(entries, (e) => e.id, 'glossary entry');
  const theme = byId(themes, (t) => t.id, 'theme');
  const section = byId(sections, (s) => s.slug, 'section');
  // The glossary's own order (alphabetical) and the themes' (first appearance) for every list of them.
  const alphabetical = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return entries.filter((e) => wanted.has(e.id));
  };
  const inThemeOrder = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return themes.filter((t) => wanted.has(t.id));
  };

  const uses: EntryUse[] = content.uses.map((o) => ({
    entry: entry(o.entryId),
    paragraph: paragraph(o.paragraph),
    start: o.start,
    end: o.end,
    text: o.text,
    note: o.note,
  }));
  const passages: Passage[] = content.passages.map((p) => ({
    theme: theme(p.themeId),
    paragraph: paragraph(p.paragraph),
    sentences: p.sentences,
    start: p.start,
    end: p.end,
    text: p.text,
    label: passageLabel(p),
  }));

  const usesIn = groupBy(uses, (o) => o.paragraph);
  const passagesIn = groupBy(passages, (p) => p.paragraph);
  for (const p of paragraphs) {
    p.uses = usesIn.get(p) ?? [];
    p.passages = passagesIn.get(p) ?? [];
    p.entries = alphabetical(p.uses.map((o) => o.entry.id));
    p.themes = [...new Set(p.passages.map((passage) => passage.theme))];
    p.alsoKnownAs = p.entries.flatMap((e) => e.alsoKnownAs);
  }

  // Which entries each theme's passages use, and so which themes each entry is used in.
  const entriesInTheme = new Map<Theme, Set<string>>();
  const themesOfEntry = new Map<GlossaryEntry, Set<string>>();
  for (const passage of passages) {
    for (const o of passage.paragraph.uses) {
      const { start, end } = passage;
      if (!passageContains({ paragraph: o.paragraph.number, start, end }, o.paragraph.number, o.start))
        continue;
      entriesInTheme.set(passage.theme, (entriesInTheme.get(passage.theme) ?? new Set()).add(o.entry.id));
      themesOfEntry.set(o.entry, (themesOfEntry.get(o.entry) ?? new Set()).add(passage.theme.id));
    }
  }
  const usesOf = groupBy(uses, (o) => o.entry);
  content.glossary.forEach((data, i) => {
    const e = entries[i] as GlossaryEntry;
    e.uses = usesOf.get(e) ?? [];
    e.related = alphabetical(data.related);
    e.themes = inThemeOrder(themesOfEntry.get(e) ?? []);
  });
  const lengths = new Map([...content.texts].map(([n, text]) => [n, text.length]));
  const matrix = themeMatrix(
    content.passages,
    content.themes.map((t) => t.id),
    lengths,
  );
  const passagesOf = groupBy(passages, (p) => p.theme);
  content.themes.forEach((data, i) => {
    const t = themes[i] as Theme;
    t.passages = passagesOf.get(t) ?? [];
    t.entries = alphabetical(entriesInTheme.get(t) ?? []);
    t.related = inThemeOrder(data.related);
    t.coverage = (matrix[i]?.cells ?? []).map((cell) => ({
      paragraph: paragraph(cell.paragraph),
      share: cell.share,
    }));
  });

  linkSections(sections, paragraphs, content, { section, theme, entry, alphabetical });

  const { name, subtitle } = content.masthead;
  const useCount = (e: GlossaryEntry) => e.uses.length;
  return {
    masthead: { name, subtitle, title: `${name}: ${subtitle}` },
    speech: content.speech,
    sections,
    paragraphs,
    glossary: entries,
    glossaryByKind: ENTRY_KINDS.map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind) })),
    themes,
    uses,
    passages,
    words: wordFrequencies(content.texts).map((w) => ({
      ...w,
      occurrences: w.occurrences.map((o) => ({ ...o, paragraph: paragraph(o.paragraph) })),
    })),
    entriesByUse: [...entries].sort((a, b) => useCount(b) - useCount(a) || a.term.localeCompare(b.term)),
    paragraph,
    section,
    entry,
    theme,
  };
}

/** Sections: their paragraphs, neighbours, themes and entries, and the sections most related to each. */
function linkSections(
  sections: Section[],
  paragraphs: readonly Paragraph[],
  content: CheckedContent,
  lookups: {
    section: (slug: string) => Section;
    theme: (id: string) => Theme;
    entry: (id: string) => GlossaryEntry;
    alphabetical: (ids: Iterable<string>) => GlossaryEntry[];
  },
) {
  const paragraphsOf = groupBy(paragraphs, (p) => p.section);
  const order = content.themes.map((t) => t.id);
  const profiles = sections.map((s) => {
    const own = paragraphsOf.get(s) ?? [];
    return {
      slug: s.slug,
      themes: new Set(
        themesOf(
          content.passages,
          own.map((p) => p.number),
          order,
        ),
      ),
      entries: new Set(own.flatMap((p) => p.uses.map((o) => o.entry.id))),
    };
  });
  sections.forEach((s, i) => {
    const profile = profiles[i];
    s.paragraphs = paragraphsOf.get(s) ?? [];
    s.previous = sections[i - 1];
    s.next = sections[i + 1];
    s.themes = [...(profile?.themes ?? [])].map(lookups.theme);
    s.entries = lookups.alphabetical(profile?.entries ?? []);
    s.related = relatedSections(profiles, s.slug).map((r) => ({
      section: lookups.section(r.slug),
      sharedThemes: r.sharedThemes.map(lookups.theme),
      sharedEntries: r.sharedEntries.map(lookups.entry),
    }));
  });
}
