import type {
  DatePrecision,
  EventKind,
  GlossaryEntryData,
  SourceData,
  SpeechData,
  ThemeData,
} from '../schemas';
import type { ProseBlock } from '../prose/mdxProse';
import type { ProsePage, ProsePart } from '../prose/parts';
import type { Segment } from '../speech/paragraphSegments';
import type { EditionVersion } from './versions';

/**
 * The edition as pages see it: every record of content/ checked, ordered and linked to the records it
 * refers to, so a component renders what it is given and never filters or joins content itself. Built
 * once per build by `buildEdition` (model/buildEdition.ts) from what lib/edition.ts reads.
 */
export interface Edition {
  /** The edition's name and what it is, and the two as page titles give them: "name: subtitle". */
  masthead: { name: string; subtitle: string; title: string };
  speech: SpeechData;
  sections: readonly Section[];
  paragraphs: readonly Paragraph[];
  /** Glossary entries, alphabetical by term. */
  glossary: readonly GlossaryEntry[];
  /** The glossary by kind, in the order the glossary lists kinds; kinds without entries left out. */
  glossaryByKind: readonly { kind: GlossaryEntry['kind']; entries: readonly GlossaryEntry[] }[];
  /** Themes, in the order they first appear in the speech. */
  themes: readonly Theme[];
  /** Every use of a glossary entry, in speech order. */
  uses: readonly EntryUse[];
  /** Every themed passage, in speech order. */
  passages: readonly Passage[];
  /** The content words of the speech, most frequent first (function words left out). */
  words: readonly ConcordanceWord[];
  /** Glossary entries, most used first, ties alphabetical. */
  entriesByUse: readonly GlossaryEntry[];
  /** The works the introduction, commentary, timeline and lineages cite, in the bibliography's order. */
  sources: readonly Source[];
  introduction: Introduction;
  /** The commentary on each paragraph, in speech order. */
  commentary: readonly Commentary[];
  /** The dated events of the policy field, earliest first, within the years it covers. */
  timeline: { from: number; to: number; events: readonly TimelineEvent[]; speech: TimelineEvent };
  /** The version this build publishes, which citations name. */
  version: EditionVersion;
  /** Every version, newest first, with what changed in it. */
  versions: readonly EditionVersion[];
  /** The editors' prose about the edition itself (content/prose/), by page, each in order. */
  prose: Record<ProsePage, readonly ProsePart[]>;
  /** Records by id; each throws, naming the id, when there is none. */
  paragraph(number: number): Paragraph;
  section(slug: string): Section;
  entry(id: string): GlossaryEntry;
  theme(id: string): Theme;
  source(id: string): Source;
  event(id: string): TimelineEvent;
}

/** A sentence of a paragraph: characters [start, end) of its text, addressable as `pN-K`. */
export interface Sentence {
  id: string;
  number: number;
  start: number;
  end: number;
  text: string;
}

/** One body paragraph of the speech: the speaker's words, and what the edition says about them. */
export interface Paragraph {
  number: number;
  /** `pN`. */
  id: string;
  /** The speaker's words, verbatim. */
  text: string;
  /** The words as the MDX gives them, with the runs an author tied to an entry (`<Term id>`). */
  segments: readonly Segment[];
  sentences: readonly Sentence[];
  /** The section that is the paragraph's canonical home. */
  section: Section;
  /** `/speech/<section>/#pN`. */
  href: string;
  uses: readonly EntryUse[];
  /** The glossary entries it uses, in order of first use. */
  entries: readonly GlossaryEntry[];
  /** Its themes, most passages first. */
  themes: readonly Theme[];
  passages: readonly Passage[];
  /** The other renderings and Chinese of the entries it uses: what search also finds it by. */
  alsoKnownAs: readonly string[];
  /** The editors' commentary on it. */
  commentary: Commentary;
  /** The timeline's events that bear on it. */
  events: readonly TimelineEvent[];
}

/** A themed section of the speech, one MDX file: our heading and summary over whole paragraphs. */
export interface Section {
  slug: string;
  /** `content/sections/NN-slug.mdx`. */
  file: string;
  /** The content layer's id of the file (its name without extension), for rendering it. */
  contentId: string;
  order: number;
  title: string;
  summary: string;
  /** `/speech/<slug>/`. */
  href: string;
  /** Its link-preview image. */
  image: string;
  paragraphs: readonly Paragraph[];
  /** "¶4", "¶1–2". */
  range: string;
  previous: Section | undefined;
  next: Section | undefined;
  /** Its themes, most passages first. */
  themes: readonly Theme[];
  /** The glossary entries it uses, alphabetical. */
  entries: readonly GlossaryEntry[];
  /** The sections that share most themes and entries with it. */
  related: readonly RelatedSection[];
}

export interface RelatedSection {
  section: Section;
  sharedThemes: readonly Theme[];
  sharedEntries: readonly GlossaryEntry[];
}

/** A glossary entry, with its uses in the speech and its relations resolved. */
export interface GlossaryEntry extends Omit<GlossaryEntryData, 'related'> {
  /** `/glossary/<id>/`. */
  href: string;
  uses: readonly EntryUse[];
  related: readonly GlossaryEntry[];
  /** The themes whose passages use it. */
  themes: readonly Theme[];
  /** Its other renderings and its Chinese: names it is found by in search. */
  alsoKnownAs: readonly string[];
  /** The timeline's events it relates to. */
  events: readonly TimelineEvent[];
  /** For a formulation of the speech, its dated uses, earliest first (empty for most entries). */
  lineage: readonly LineageUse[];
}

/** A theme, with its passages and what they hold. */
export interface Theme extends Omit<ThemeData, 'related'> {
  /** `/themes/<id>/`. */
  href: string;
  passages: readonly Passage[];
  /** The glossary entries used inside its passages, alphabetical. */
  entries: readonly GlossaryEntry[];
  related: readonly Theme[];
  /** How much of each paragraph its passages cover (share of characters, 0 to 1), in speech order. */
  coverage: readonly { paragraph: Paragraph; share: number }[];
}

/** One place where the speech uses a glossary entry. */
export interface EntryUse {
  entry: GlossaryEntry;
  paragraph: Paragraph;
  /** Character offsets in the paragraph's text, and the words there. */
  start: number;
  end: number;
  text: string;
  /** The number of the paragraph's note on the entry, on its first use there; undefined on later uses. */
  note: number | undefined;
}

/** A passage of the speech tagged with a theme: a paragraph or a run of its sentences. */
export interface Passage {
  theme: Theme;
  paragraph: Paragraph;
  /** First and last sentence (1-based) when the passage is part of a paragraph. */
  sentences: [number, number] | undefined;
  start: number;
  end: number;
  /** The speaker's words of the passage, verbatim. */
  text: string;
  /** Where it is: "¶4, sentences 2–5". */
  label: string;
}

/** A content word of the speech and every place it occurs. */
export interface ConcordanceWord {
  /** The form it is counted and anchored under; `form` is the one the speech writes most often. */
  word: string;
  form: string;
  count: number;
  occurrences: readonly { paragraph: Paragraph; start: number; end: number; text: string }[];
}

/** A work cited by the editors' context (content/sources.yaml). */
export interface Source extends SourceData {
  /** Its place on the sources page: `/sources/#source-<id>`. */
  href: string;
  /** Its date as prose writes it ("22 April 2018"), when it has one. */
  dateLabel: string | undefined;
  /** How the commentary cites it in short: "Xinhua 2014". */
  short: string;
  /** Every place of the edition that cites it, in the order of the edition. */
  citedBy: readonly Citation[];
}

/** A place that cites a work: "Commentary on ¶4, note 2", and its address. */
export interface Citation {
  label: string;
  href: string;
}

/** A numbered source note of the introduction or a commentary: the works it cites. */
export interface SourceNote {
  number: number;
  /** The note's id on the page (`commentary-4-note-2`), and its mark's when the note links back to it. */
  markId: string | undefined;
  id: string;
  sources: readonly Source[];
}

/** The introduction: the editors' essay on the speech, in headed parts. */
export interface Introduction {
  title: string;
  summary: string;
  /** How long it takes to read. */
  minutes: number;
  parts: readonly { id: string; title: string; text: string; events: readonly TimelineEvent[] }[];
  notes: readonly SourceNote[];
  /** Its words as blocks of runs, headings included, for the downloads (lib/prose/mdxProse.ts). */
  prose: readonly ProseBlock[];
}

/** The editors' commentary on a paragraph. */
export interface Commentary {
  paragraph: Paragraph;
  /** `commentary-4`, on the section page and on /speech/. */
  id: string;
  /** `/speech/<section>/#commentary-4`. */
  href: string;
  /** The content layer's id of the file, for rendering it. */
  contentId: string;
  file: string;
  notes: readonly SourceNote[];
  /** Its words as plain text, for search and open data. */
  text: string;
  /** Its words as blocks of runs, for the downloads. */
  prose: readonly ProseBlock[];
}

/** One dated event of the policy field. */
export interface TimelineEvent {
  id: string;
  date: string;
  precision: DatePrecision;
  dateLabel: string;
  title: string;
  kind: EventKind;
  description: string;
  /** `/timeline/#event-<id>`. */
  href: string;
  sources: readonly Source[];
  entries: readonly GlossaryEntry[];
  paragraphs: readonly Paragraph[];
  /** Whether the event is this speech. */
  speech: boolean;
}

/** One dated use of a formulation, in its entry's lineage. */
export interface LineageUse {
  date: string;
  precision: DatePrecision;
  dateLabel: string;
  text: string;
  sources: readonly Source[];
}

export type { EditionVersion } from './versions';
