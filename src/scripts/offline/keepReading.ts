/**
 * Loaded on a reader's second page and after (site.ts): registers the service worker, which keeps from
 * now on each page the reader opens, and hands it the pages read before it existed (the first page,
 * whose path site.ts stored, and this one) to keep as well.
 */
import { paths } from '../../lib/contract/paths';
import type { PageRequest } from '../../lib/offline/messages';
import { READING_KEY, READING_ON } from '../../lib/offline/reading';
import { store, stored } from '../storage';

async function keepReading() {
  const workers = navigator.serviceWorker;
  const first = stored(READING_KEY);
  await workers.register(paths.serviceWorker);
  const { active } = await workers.ready;
  const keep: PageRequest = {
    type: 'KEEP',
    paths: [first ?? '', location.pathname].filter((path) => path.startsWith('/')),
  };
  active?.postMessage(keep);
  store(READING_KEY, READING_ON);
}

void keepReading();
