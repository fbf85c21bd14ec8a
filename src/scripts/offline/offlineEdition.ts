import { paths } from '../../lib/contract/paths';
import { progressMilestone, progressText } from '../../lib/offline/edition';
import {
  isWorkerNews,
  type OfflineStatus,
  type PageRequest,
  type SavedCopy,
  type SaveFailure,
  type SaveProgress,
  type WorkerNews,
} from '../../lib/offline/messages';
import { READING_KEY, READING_OFF, READING_ON } from '../../lib/offline/reading';
import { fileSize, plural } from '../../lib/text/numbers';
import { ConnectedElement } from '../connectedElement';
import { store } from '../storage';
import { OFFLINE_ELEMENT } from '../../lib/contract/elements';
import {
  OFFLINE_ACTION,
  OFFLINE_COUNT,
  OFFLINE_PROGRESS,
  OFFLINE_STATUS,
  OFFLINE_SUMMARY,
  type OfflineAction,
} from '../../lib/contract/offlineMarkup';

const workers = 'serviceWorker' in navigator && 'caches' in window ? navigator.serviceWorker : undefined;

const NOTHING: OfflineStatus = { saved: undefined, saving: undefined, keptPages: 0 };

/** How long a worker has to answer: one of an earlier design (version 0.3.0) never does. */
const ANSWER_MS = 3000;

function send(worker: ServiceWorker | null | undefined, request: PageRequest, ports: MessagePort[] = []) {
  worker?.postMessage(request, ports);
}

/** What the active worker says is stored, or nothing when there is no worker or it does not answer. */
async function askStatus(): Promise<OfflineStatus> {
  const worker = (await workers?.getRegistration())?.active;
  if (!worker) return NOTHING;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(NOTHING), ANSWER_MS);
    channel.port1.addEventListener('message', (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      resolve(isWorkerNews(event.data) && event.data.type === 'STATUS' ? event.data : NOTHING);
    });
    channel.port1.start();
    send(worker, { type: 'STATUS' }, [channel.port2]);
  });
}

const FAILURES: Record<SaveFailure, string> = {
  cancelled: 'Saving was cancelled, and nothing of it was kept.',
  offline:
    'Saving stopped because the connection failed, and nothing of it was kept. Try again when you are online.',
  'new-version':
    'A new version of the edition was published while it was saving. Reload this page, then save again.',
};

const savedLine = (saved: SavedCopy) =>
  `Saved for offline reading: version ${saved.version}, ${fileSize(saved.bytes)}.`;

/** How the browser treats what the site stores, once the edition is saved. */
async function storageNote(): Promise<string> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, kept] = await Promise.all([
    storage?.estimate().catch(() => undefined),
    storage?.persist().catch(() => false),
  ]);
  const used = estimate?.usage
    ? ` This site now uses ${fileSize(estimate.usage)} of this device’s storage.`
    : '';
  const lasting = kept
    ? ' Your browser will keep it until you remove it.'
    : ' Your browser may remove it if the device runs short of space.';
  return `The edition is ready to read offline.${used}${lasting}`;
}

/**
 * `<speech-offline>` on the About page: saves the whole edition for reading offline through the service
 * worker, which does the downloading (serviceWorker.ts), with a progress bar, "N of M files", a polite
 * announcement every quarter and a Cancel button; says what is stored when the page opens; and removes
 * it all, after which nothing is kept until the reader saves again (lib/offline/reading.ts).
 */
class OfflineEdition extends ConnectedElement {
  #announced = 0;

  #part<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector);
  }

  #button(action: OfflineAction) {
    return this.#part<HTMLButtonElement>(`[${OFFLINE_ACTION}="${action}"]`);
  }

  protected connect() {
    if (!workers) {
      this.#summary('This browser cannot keep the edition for reading offline.');
      for (const action of ['save', 'remove'] as const) this.#button(action)?.setAttribute('hidden', '');
      return;
    }
    this.listen<MessageEvent<unknown>>(workers, 'message', (event) => {
      if (isWorkerNews(event.data)) void this.#news(event.data);
    });
    this.listen(this, 'click', (event) => {
      const button =
        event.target instanceof Element ? event.target.closest<HTMLElement>(`[${OFFLINE_ACTION}]`) : null;
      const action = button?.getAttribute(OFFLINE_ACTION);
      if (action === 'save') void this.#save();
      else if (action === 'cancel') void this.#ask({ type: 'CANCEL' });
      else if (action === 'remove') void this.#ask({ type: 'REMOVE' });
    });
    for (const button of this.querySelectorAll('button')) button.disabled = false;
    void askStatus().then((status) => this.#show(status));
  }

  async #ask(request: PageRequest) {
    send((await workers?.getRegistration())?.active, request);
  }

  async #save() {
    if (!workers) return;
    store(READING_KEY, READING_ON);
    this.#status('');
    this.#progress({ done: 0, total: 0 });
    await workers.register(paths.serviceWorker);
    const { active } = await workers.ready;
    send(active, { type: 'SAVE' });
  }

  async #news(news: WorkerNews) {
    if (news.type === 'PROGRESS') this.#progress(news.progress);
    else if (news.type === 'SAVED') {
      this.#show({ saved: news.saved, saving: undefined, keptPages: 0 });
      this.#status(await storageNote());
    } else if (news.type === 'SAVE_FAILED') {
      this.#show(await askStatus());
      this.#status(FAILURES[news.reason]);
    } else if (news.type === 'REMOVED') await this.#removed();
  }

  /** Everything is gone: the worker too, so that nothing is kept until the reader saves again. */
  async #removed() {
    store(READING_KEY, READING_OFF);
    await (await workers?.getRegistration())?.unregister();
    this.#show(NOTHING);
    this.#status(
      'The offline copy is removed. Pages you open are no longer kept until you save the edition.',
    );
  }

  #show({ saved, saving, keptPages }: OfflineStatus) {
    if (saving) return this.#progress(saving);
    this.#summary(
      saved
        ? savedLine(saved)
        : keptPages > 0
          ? `${keptPages} ${plural(keptPages, 'page')} you have read ${keptPages === 1 ? 'is' : 'are'} kept on this device.`
          : 'Nothing of the edition is stored on this device.',
    );
    this.#controls({ save: !saved, remove: Boolean(saved) || keptPages > 0, progress: false });
  }

  #progress({ done, total }: SaveProgress) {
    const bar = this.#part<HTMLProgressElement>('progress');
    if (bar && total > 0) {
      bar.max = total;
      bar.value = done;
    }
    const count = this.#part(`[${OFFLINE_COUNT}]`);
    if (count) count.textContent = total > 0 ? progressText(done, total) : '';
    this.#summary('Saving the edition for offline reading.');
    this.#controls({ save: false, remove: false, progress: true });
    const milestone = progressMilestone(done, total, this.#announced);
    if (milestone !== undefined) {
      this.#announced = milestone;
      this.#status(`Saving: ${milestone} percent done.`);
    }
    if (done === 0) this.#announced = 0;
  }

  /** Shows the controls of the state; focus on a control that goes moves to the first one that stays. */
  #controls(shown: { save: boolean; remove: boolean; progress: boolean }) {
    const focused = this.contains(document.activeElement) ? document.activeElement : null;
    this.#button('save')?.toggleAttribute('hidden', !shown.save);
    this.#button('remove')?.toggleAttribute('hidden', !shown.remove);
    this.#part(`[${OFFLINE_PROGRESS}]`)?.toggleAttribute('hidden', !shown.progress);
    if (focused instanceof HTMLElement && focused.closest('[hidden]'))
      this.#part<HTMLButtonElement>('button:not([hidden]):not([hidden] *)')?.focus();
  }

  #summary(text: string) {
    const summary = this.#part(`[${OFFLINE_SUMMARY}]`);
    if (summary) summary.textContent = text;
  }

  #status(text: string) {
    const status = this.#part(`[${OFFLINE_STATUS}]`);
    if (status) status.textContent = text;
  }
}

customElements.define(OFFLINE_ELEMENT, OfflineEdition);
