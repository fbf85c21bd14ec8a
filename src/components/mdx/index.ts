import Paragraph from './Paragraph.astro';
import Term from './Term.astro';

/** The components MDX authors may use in `content/sections/*.mdx`, passed to every render. */
export const mdxComponents = { Paragraph, Term };
