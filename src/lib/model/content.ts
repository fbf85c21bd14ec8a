import type {
  ChangeData,
  CommentaryData,
  EventData,
  GlossaryEntryData,
  IntroductionData,
  LineageData,
  MastheadData,
  ProseData,
  SectionData,
  SourceData,
  SpeechData,
  ThemeData,
} from '../schemas';

/**
 * What content/ holds, as the content layer reads it (each file already valid against its schema): the
 * input of buildEdition and of the steps it runs, in a module of its own so that they share it without
 * importing one another.
 */

/** A section file as the content layer reads it: id (file name without extension), frontmatter, MDX body. */
export interface SectionFile {
  id: string;
  data: SectionData;
  body: string;
}

/** The editors' context as content/ holds it. */
export interface ContextContent {
  sources: readonly SourceData[];
  introduction: { data: IntroductionData; body: string; headingIds: readonly string[] };
  commentary: readonly { id: string; data: CommentaryData; body: string }[];
  timeline: readonly EventData[];
  lineage: readonly LineageData[];
}

/** Everything content/ holds, and the version package.json gives. */
export interface EditionContent extends ContextContent {
  masthead: MastheadData;
  speech: SpeechData;
  sections: readonly SectionFile[];
  glossary: readonly GlossaryEntryData[];
  themes: readonly ThemeData[];
  /** What changed in each version (content/changes.yaml). */
  changes: readonly ChangeData[];
  /** The editors' prose about the edition itself (content/prose/), by file id (`about/01-source`). */
  prose: readonly { id: string; data: ProseData; body: string }[];
  version: string;
}
