import { satteri } from '@astrojs/markdown-satteri';
import { markChinese } from './markChinese';
import { numberSourceNotes } from './numberSourceNotes';
import { typographicQuotes } from './typographicQuotes';

/**
 * The Markdown stage: the processor every MDX file of content/ compiles through, with the transforms of
 * this folder. The processor's own smart punctuation is off, since it would apply to every file and alter
 * the speaker's words (the source uses straight apostrophes); `typographicQuotes` gives the editors' MDX its
 * quotes instead, file by file, with the converter the model uses for their YAML.
 */
export const markdownProcessor = () =>
  satteri({
    features: { smartPunctuation: false },
    // The introduction's and the commentary's source notes are numbered as their MDX compiles.
    mdastPlugins: [numberSourceNotes],
    // Chinese in the editors' prose is marked as such for screen readers and fonts.
    hastPlugins: [markChinese, typographicQuotes],
  });
