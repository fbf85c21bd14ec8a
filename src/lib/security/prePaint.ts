import { createHash } from 'node:crypto';
import { COLOR_SCHEME, COLOR_SCHEME_KEY } from '../contract';

/** A data attribute as `dataset` names it, `data-color-scheme` as `colorScheme`: every page carries this snippet. */
const datasetName = (attribute: string) =>
  attribute.replace(/^data-/u, '').replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());

/**
 * Before the first paint: marks the page as scripted (`data-scripts` on <html>), which shows the
 * controls that need JavaScript (`data-needs-script`, global.css) in place from the start instead of
 * shifting the layout when their scripts run; and applies the reader's stored colour scheme, so a dark
 * page never flashes light.
 * It must run inline and first thing in <body>, after the Content-Security-Policy in <head>, which allows
 * it by its hash (`prePaintHash`, see contentSecurityPolicy.ts), never by 'unsafe-inline'.
 */
export const PRE_PAINT_SCRIPT = `document.documentElement.dataset.scripts='';try{const s=localStorage.getItem('${COLOR_SCHEME_KEY}');if(s==='light'||s==='dark')document.documentElement.dataset.${datasetName(COLOR_SCHEME)}=s}catch{}`;

/** The hash, as a Content-Security-Policy source (`sha256-…`), that allows exactly this script. */
export const prePaintHash = (): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(PRE_PAINT_SCRIPT).digest('base64')}`;
