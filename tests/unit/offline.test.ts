import { describe, expect, it } from 'vitest';
import { isPageRequest } from '../../src/scripts/offline/pageRequests';
import { watchUpdates, type WorkerRegistration } from '../../src/scripts/offline/watchUpdates';

describe('isPageRequest', () => {
  it('is true of opening a page, whatever its query', () => {
    expect(isPageRequest({ mode: 'navigate', url: 'http://x.org/no-such-page/' })).toBe(true);
    expect(isPageRequest({ mode: 'navigate', url: 'http://x.org/search/?q=a.b' })).toBe(true);
  });

  it('is false of opening a file, and of what a page fetches', () => {
    expect(isPageRequest({ mode: 'navigate', url: 'http://x.org/speech.json' })).toBe(false);
    expect(isPageRequest({ mode: 'navigate', url: 'http://x.org/og/edition.png' })).toBe(false);
    expect(isPageRequest({ mode: 'cors', url: 'http://x.org/speech/' })).toBe(false);
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
