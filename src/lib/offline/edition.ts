/**
 * The edition offline: what a build offers to keep (its manifest, written by build/afterBuild/offlineReading.ts to
 * `paths.offlineManifest`), the caches the service worker keeps it in, and how a saved copy is brought up
 * to a new build. Pure: the worker (scripts/offline/serviceWorker.ts), the About page's control and the
 * build share it.
 */

/** One file of the edition, at its public path (`/speech/`, `/_astro/site.Ab12.js`). */
export interface OfflineFile {
  url: string;
  /** A hash of its content: a file whose revision is unchanged need not be fetched again. */
  revision: string;
  /** Its size as stored. */
  bytes: number;
}

/** Everything the reader can save for reading offline, as one build made it. */
export interface OfflineManifest {
  /** The edition's version (package.json), which the About page names once it is saved. */
  version: string;
  /** Identifies the build: its files and their revisions. Each build's caches carry it in their names. */
  build: string;
  files: readonly OfflineFile[];
  /** What the files take once stored. */
  bytes: number;
  /** About what downloading them costs, compressed as a host sends them (gzip). */
  transferBytes: number;
}

/**
 * What the About page renders where the edition's size goes: the page is rendered before search's index
 * exists, so the build's last step (build/afterBuild/offlineReading.ts) writes the figures in.
 */
export const OFFLINE_SIZES = {
  transfer: '[offline-transfer-size]',
  stored: '[offline-stored-size]',
} as const;

/** The two caches of a build: pages kept as the reader reads them, and the whole edition saved on request. */
export type CacheKind = 'read' | 'saved';

const PREFIX = 'edition-';

/** A build's cache of a kind: `edition-read-3f9a…`. Every cache of the site is named so. */
export const cacheName = (kind: CacheKind, build: string) => `${PREFIX}${kind}-${build}`;

/** Kind and build of a cache name, or undefined for a cache this design did not name (an older worker's). */
export function parseCacheName(name: string): { kind: CacheKind; build: string } | undefined {
  const match = /^edition-(read|saved)-(\w+)$/u.exec(name);
  return match ? { kind: match[1] as CacheKind, build: match[2] ?? '' } : undefined;
}

/** The caches a build's worker removes once it takes over: every other build's, and any older design's. */
export const staleCaches = (names: readonly string[], build: string) =>
  names.filter((name) => parseCacheName(name)?.build !== build);

/** Whether a public path is a page of the edition (every page ends in "/"), not a file. */
export const isPagePath = (path: string) => path.endsWith('/');

/** The frame of every page, which the service worker keeps once installed: scripts, styles and the icon. */
export const isShellPath = (path: string) => path.startsWith('/_astro/') || path === '/favicon.svg';

/**
 * Which files of a new manifest can be copied from a copy saved of an earlier build (same path, same
 * revision) rather than downloaded again.
 */
export function unchangedFiles(next: OfflineManifest, previous: OfflineManifest | undefined): Set<string> {
  if (!previous) return new Set();
  const before = new Map(previous.files.map((file) => [file.url, file.revision]));
  return new Set(next.files.filter((file) => before.get(file.url) === file.revision).map((file) => file.url));
}

/** "12 of 274 files". */
export const progressText = (done: number, total: number) => `${done} of ${total} files`;

/**
 * The share of the download a screen reader hears about next: every quarter, so that a polite live
 * region says "Saving: 25 percent done" four times, not 274 times. Undefined while no new quarter is reached.
 */
export function progressMilestone(done: number, total: number, announced: number): number | undefined {
  if (total === 0) return undefined;
  const quarter = Math.floor((done / total) * 4) * 25;
  return quarter > announced && quarter < 100 ? quarter : undefined;
}
