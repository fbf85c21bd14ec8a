import type { Plugin } from 'vite';

const CALL = '__vitePreload(';
const DEPENDENCIES = ', __VITE_PRELOAD__)';

/**
 * Unwraps a chunk's dynamic imports from Vite's preload helper: `__vitePreload(() => import(x), deps)`
 * becomes `(() => import(x))()`, and the helper, then unused, is left out by the minifier. The helper
 * fetches a lazy chunk's CSS and its imports ahead of it; this site's lazy chunks (search, citing, marking
 * searched words) have no CSS of their own (Astro puts every script's styles in the page's stylesheet),
 * and fetching their imports one step later costs a reader one round trip the first time they search or
 * cite, where the helper cost every page 1.7 KB of script (0.7 KB compressed). Fails the build when a
 * call does not have the shape it expects, so a change in Vite cannot slip through unnoticed.
 */
export function unwrapPreloadCalls(code: string, chunk: string): string {
  let result = '';
  let cursor = 0;
  for (let call = code.indexOf(CALL); call >= 0; call = code.indexOf(CALL, cursor)) {
    const end = code.indexOf(DEPENDENCIES, call);
    const next = code.indexOf(CALL, call + CALL.length);
    if (end < 0 || (next >= 0 && next < end)) {
      throw new Error(
        `${chunk}: a preload call without its "${DEPENDENCIES}" placeholder; see build/bundling/withoutPreloadHelper.ts.`,
      );
    }
    result += `${code.slice(cursor, call)}(${code.slice(call + CALL.length, end)})()`;
    cursor = end + DEPENDENCIES.length;
  }
  return result + code.slice(cursor);
}

/** The Vite plugin: unwraps the preload calls in the browser's chunks (see `unwrapPreloadCalls`). */
export const withoutPreloadHelper = (): Plugin => ({
  name: 'without-preload-helper',
  enforce: 'post',
  applyToEnvironment: (environment) => environment.name === 'client',
  renderChunk(code, chunk) {
    if (!code.includes(CALL)) return null;
    return { code: unwrapPreloadCalls(code, chunk.fileName), map: null };
  },
});
