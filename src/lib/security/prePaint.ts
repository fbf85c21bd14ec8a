import { createHash } from 'node:crypto';
import { COLOR_SCHEME, COLOR_SCHEME_KEY, CONTINUE_READING } from '../contract';
import { LAST_READ_KEY } from '../readerNotes/keys';

/** A data attribute as `dataset` names it, `data-color-scheme` as `colorScheme`: every page carries this snippet. */
const datasetName = (attribute: string) =>
  attribute.replace(/^data-/u, '').replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());

/**
 * Before the first paint: marks the page as scripted (`data-scripts` on <html>), which shows the
 * controls that need JavaScript (`data-needs-script`, global.css) in place from the start instead of
 * shifting the layout when their scripts run; applies the reader's stored colour scheme, so a dark page
 * never flashes light; and says whether there is a paragraph to continue reading at, which shows that
 * link from the start.
 * It must run inline and first thing in <body>, after the Content-Security-Policy in <head>, which allows
 * it by its hash (`prePaintHash`, see contentSecurityPolicy.ts), never by 'unsafe-inline'.
 */
export const PRE_PAINT_SCRIPT = `const d=document.documentElement.dataset;d.scripts='';try{const l=localStorage,s=l.getItem('${COLOR_SCHEME_KEY}');if(s==='light'||s==='dark')d.${datasetName(COLOR_SCHEME)}=s;if(l.getItem('${LAST_READ_KEY}'))d.${datasetName(CONTINUE_READING)}=''}catch{}`;

/** The hash, as a Content-Security-Policy source (`sha256-…`), that allows exactly this script. */
export const prePaintHash = (): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(PRE_PAINT_SCRIPT).digest('base64')}`;
