/** The parts of a service worker registration that the update notice follows (typed for tests' fakes). */
export interface WorkerRegistration extends EventTarget {
  readonly installing: ServiceWorker | null;
  readonly waiting: ServiceWorker | null;
}

/**
 * Calls `offer` when a new build's worker has installed and waits behind the one serving this page:
 * at once if one already waits (another page of the site found it), and again when one finishes
 * installing. `controlled` is whether a worker served this page: the first worker a reader gets has
 * nothing to replace, so it offers nothing. `offer` gets the waiting worker, to tell it to take over.
 */
export function watchUpdates(
  registration: WorkerRegistration,
  controlled: boolean,
  offer: (waiting: ServiceWorker) => void,
) {
  if (!controlled) return;
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration.waiting) offer(registration.waiting);
    });
  });
}
