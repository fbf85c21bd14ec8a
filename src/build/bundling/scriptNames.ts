/** Where the client build writes scripts: Astro's folder for built assets (`build.assets`). */
const ASSETS = '_astro';

/** Astro's name for the script of BaseLayout.astro, the one script every page loads. */
const SITE_SCRIPT = /^BaseLayout\.astro_astro_type_script_index_0_lang$/u;

/**
 * The file of a script entry of the client build. Astro names a component's script after the component
 * (`BaseLayout.astro_astro_type_script_index_0_lang.[hash].js`) and every page names that file: the script
 * of BaseLayout, which runs src/scripts/site.ts on every page, is called `site` instead, which saves each
 * page's first visit about 25 bytes with gzip. Any other entry keeps Astro's name, made safe as Astro
 * makes it.
 */
export function scriptEntryFile(name: string): string {
  const base = SITE_SCRIPT.test(name) ? 'site' : name.replace(/[^\w.\-/]/gu, '_');
  return `${ASSETS}/${base}.[hash].js`;
}
