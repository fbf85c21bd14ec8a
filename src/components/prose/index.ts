import DownloadLinks from '../DownloadLinks.astro';
import OfflineEdition from '../OfflineEdition.astro';
import CitationStyles from './CitationStyles.astro';
import Code from './Code.astro';
import DataFile from './DataFile.astro';
import DataFiles from './DataFiles.astro';
import RightsNotice from './RightsNotice.astro';
import WebPage from './WebPage.astro';
import WithoutScripts from './WithoutScripts.astro';

/**
 * What the editors' prose of content/prose/ may use besides Markdown and `{props.…}` values: the
 * components a part's MDX names. A part the book prints too may use only those lib/prose/bookProse.ts
 * knows how to set (WebPage, RightsNotice, DownloadLinks).
 */
export const proseComponents = {
  CitationStyles,
  Code,
  DataFile,
  DataFiles,
  DownloadLinks,
  OfflineEdition,
  RightsNotice,
  WebPage,
  WithoutScripts,
};
