import noticeStyles from '../../styles/onDemand/updateNotice.css?url';
import type { PageRequest } from '../../lib/offline/messages';
import { loadStylesheet } from '../stylesheet';

const TAKE_OVER: PageRequest = { type: 'SKIP_WAITING' };

let notice: { reload: HTMLButtonElement; waiting: ServiceWorker | null } | undefined;

/**
 * Says that a new version of the edition is ready, with a Reload button and a Not now button. Reload
 * asks the waiting worker to take over and reloads the page once it has (`controllerchange`); when
 * another page already let it take over (`waiting` is null), Reload only reloads. A saved copy of the
 * edition was brought up to the new version before the notice showed (scripts/offline/serviceWorker.ts). Not now hides the
 * notice until the next page. Placed as a labelled region after the page's content; its message is a
 * status, read out without moving the focus.
 */
export async function showUpdateNotice(waiting: ServiceWorker | null) {
  if (notice) {
    notice.waiting = waiting;
    return;
  }
  const section = Object.assign(document.createElement('section'), { className: 'update-notice no-print' });
  section.setAttribute('aria-label', 'New version');
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  const button = (label: string) =>
    Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'control',
      textContent: label,
    });
  const reload = button('Reload');
  const dismiss = button('Not now');
  notice = { reload, waiting };
  const state = notice;
  reload.addEventListener('click', () => {
    if (!state.waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    state.waiting.postMessage(TAKE_OVER);
  });
  dismiss.addEventListener('click', () => section.remove());
  await loadStylesheet(noticeStyles);
  section.append(message, reload, dismiss);
  document.body.append(section);
  // Filled once it is in the page, so that screen readers announce it.
  requestAnimationFrame(() => (message.textContent = 'A new version of the edition is available.'));
}
