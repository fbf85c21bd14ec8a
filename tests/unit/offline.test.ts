import { describe, expect, it } from 'vitest';
import {
  cacheName,
  isShellPath,
  parseCacheName,
  progressMilestone,
  progressText,
  staleCaches,
  unchangedFiles,
  type OfflineManifest,
} from '../../src/lib/offline/edition';
import { isPageRequest, isWorkerNews } from '../../src/lib/offline/messages';
import { requestKind } from '../../src/lib/offline/requests';
import { watchUpdates, type WorkerRegistration } from '../../src/scripts/offline/watchUpdates';

describe('requestKind', () => {
  it('calls opening a page, whatever its query, a page', () => {
    expect(requestKind({ mode: 'navigate', url: 'http://x.org/no-such-page/' })).toBe('page');
    expect(requestKind({ mode: 'navigate', url: 'http://x.org/search/?q=a.b' })).toBe('page');
  });

  it('calls the hashed scripts and styles assets, however they are asked for', () => {
    expect(requestKind({ mode: 'no-cors', url: 'http://x.org/_astro/site.Ab12.js' })).toBe('asset');
    expect(requestKind({ mode: 'cors', url: 'http://x.org/_astro/Main.Ab12.css' })).toBe('asset');
  });

  it('calls everything else a file: opening a file, and what a page fetches', () => {
    expect(requestKind({ mode: 'navigate', url: 'http://x.org/speech.json' })).toBe('file');
    expect(requestKind({ mode: 'navigate', url: 'http://x.org/og/edition.png' })).toBe('file');
    expect(requestKind({ mode: 'cors', url: 'http://x.org/speech/' })).toBe('file');
    expect(requestKind({ mode: 'cors', url: 'http://x.org/pagefind/pagefind-entry.json?ts=1' })).toBe('file');
  });
});

describe('the caches of a build', () => {
  it('names each by kind and build, and reads the name back', () => {
    expect(cacheName('saved', '3f9a0c')).toBe('edition-saved-3f9a0c');
    expect(parseCacheName('edition-read-3f9a0c')).toEqual({ kind: 'read', build: '3f9a0c' });
    expect(parseCacheName('workbox-precache-v2-http://x.org/')).toBeUndefined();
  });

  it('counts every other build’s cache, and an older design’s, as stale', () => {
    const names = [
      'edition-read-new',
      'edition-saved-new',
      'edition-read-old',
      'edition-saved-old',
      'workbox-precache-v2-x',
    ];
    expect(staleCaches(names, 'new')).toEqual([
      'edition-read-old',
      'edition-saved-old',
      'workbox-precache-v2-x',
    ]);
  });
});

describe('isShellPath', () => {
  it('counts the hashed scripts and styles and the icon as the frame of every page, not pages or search', () => {
    expect(['/_astro/site.Ab12.js', '/_astro/Main.Ab12.css', '/favicon.svg'].every(isShellPath)).toBe(true);
    expect(['/speech/', '/pagefind/pagefind.js', '/og/edition.png'].some(isShellPath)).toBe(false);
  });
});

describe('unchangedFiles', () => {
  const manifest = (files: [string, string][]): OfflineManifest => ({
    version: '0.4.0',
    build: 'b',
    files: files.map(([url, revision]) => ({ url, revision, bytes: 1 })),
    bytes: files.length,
    transferBytes: files.length,
  });

  it('copies the files whose path and revision a saved earlier build shares', () => {
    const before = manifest([
      ['/', 'a'],
      ['/about/', 'b'],
      ['/_astro/x.js', 'c'],
    ]);
    const after = manifest([
      ['/', 'a'],
      ['/about/', 'B'],
      ['/_astro/y.js', 'd'],
    ]);
    expect([...unchangedFiles(after, before)]).toEqual(['/']);
  });

  it('copies nothing without an earlier copy', () => {
    expect(unchangedFiles(manifest([['/', 'a']]), undefined).size).toBe(0);
  });
});

describe('the progress of saving', () => {
  it('says how many files of how many', () => {
    expect(progressText(12, 274)).toBe('12 of 274 files');
  });

  it('is announced at each new quarter, and not at the end, which has its own message', () => {
    const heard: number[] = [];
    let announced = 0;
    for (let done = 0; done <= 274; done += 1) {
      const milestone = progressMilestone(done, 274, announced);
      if (milestone !== undefined) heard.push((announced = milestone));
    }
    expect(heard).toEqual([25, 50, 75]);
  });
});

describe('messages between pages and the worker', () => {
  it('knows a page’s requests, and a list of pages to keep only when it is a list of paths', () => {
    expect(isPageRequest({ type: 'SAVE' })).toBe(true);
    expect(isPageRequest({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isPageRequest({ type: 'KEEP', paths: ['/', '/about/'] })).toBe(true);
    expect(isPageRequest({ type: 'KEEP', paths: '/' })).toBe(false);
    expect(isPageRequest({ type: 'KEEP', paths: [1] })).toBe(false);
    expect(isPageRequest({ type: 'DELETE_EVERYTHING' })).toBe(false);
    expect(isPageRequest('SAVE')).toBe(false);
  });

  it('knows the worker’s news from other messages', () => {
    expect(isWorkerNews({ type: 'PROGRESS', progress: { done: 1, total: 2 } })).toBe(true);
    expect(isWorkerNews({ type: 'SAVE' })).toBe(false);
    expect(isWorkerNews(null)).toBe(false);
  });
});

/** A registration whose next worker the test installs by hand. */
function fakeRegistration() {
  const registration = Object.assign(new EventTarget(), {
    installing: null as ServiceWorker | null,
    waiting: null as ServiceWorker | null,
  });
  const install = () => {
    const worker = Object.assign(new EventTarget(), { state: 'installing' }) as unknown as ServiceWorker;
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    return () => {
      Object.assign(worker, { state: 'installed' });
      registration.installing = null;
      registration.waiting = worker;
      worker.dispatchEvent(new Event('statechange'));
      return worker;
    };
  };
  return { registration: registration as WorkerRegistration & typeof registration, install };
}

describe('watchUpdates', () => {
  it('offers the worker that is already waiting', () => {
    const { registration } = fakeRegistration();
    const waiting = {} as ServiceWorker;
    registration.waiting = waiting;
    const offered: ServiceWorker[] = [];
    watchUpdates(registration, true, (worker) => offered.push(worker));
    expect(offered).toEqual([waiting]);
  });

  it('offers a new worker once it has installed, not while it installs', () => {
    const { registration, install } = fakeRegistration();
    const offered: ServiceWorker[] = [];
    watchUpdates(registration, true, (worker) => offered.push(worker));
    const finish = install();
    expect(offered).toEqual([]);
    const worker = finish();
    expect(offered).toEqual([worker]);
  });

  it('offers nothing on a page no worker served: the first worker replaces nothing', () => {
    const { registration, install } = fakeRegistration();
    const offered: ServiceWorker[] = [];
    watchUpdates(registration, false, (worker) => offered.push(worker));
    install()();
    expect(offered).toEqual([]);
  });
});
