import { satteri } from '@astrojs/markdown-satteri';
import { markChinese } from './markChinese';
import { numberSourceNotes } from './numberSourceNotes';

/**
 * The Markdown stage: the processor every MDX file of content/ compiles through, with the transforms of
 * this folder. Smart punctuation is off: typographic quotes would alter the speaker's words (the source
 * uses straight apostrophes).
 */
export const markdownProcessor = () =>
  satteri({
    features: { smartPunctuation: false },
    // The introduction's and the commentary's source notes are numbered as their MDX compiles.
    mdastPlugins: [numberSourceNotes],
    // Chinese in the editors' prose is marked as such for screen readers and fonts.
    hastPlugins: [markChinese],
  });
