import noticeStyles from '../../styles/onDemand/updateNotice.css?url';
import { loadStylesheet } from '../stylesheet';

let notice: { reload: HTMLButtonElement; waiting: ServiceWorker | null } | undefined;

/**
 * Says that a new version of the edition is ready, with a Reload button and a Not now button. Reload
 * asks the waiting worker to take over (the page reloads when it has, see registerWorker.ts); when
 * another page already let it take over (`waiting` is null), Reload only reloads. Not now hides the
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
    state.waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  dismiss.addEventListener('click', () => section.remove());
  await loadStylesheet(noticeStyles);
  section.append(message, reload, dismiss);
  document.body.append(section);
  // Filled once it is in the page, so that screen readers announce it.
  requestAnimationFrame(() => (message.textContent = 'A new version of the edition is available.'));
}
