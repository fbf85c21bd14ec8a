import { COPY_STATUS, paragraphPermalinkOf, parseParagraphId, parseSentenceId } from '../../lib/contract';
import copyStatusStyles from '../../styles/onDemand/copyStatus.css?url';
import { loadStylesheet } from '../stylesheet';

/** What a copied address points to, as the status line says it: "paragraph 4", "sentence 2 of paragraph 5". */
function describe(url: URL): string {
  const id = url.hash.slice(1);
  const sentence = parseSentenceId(id);
  if (sentence) return `sentence ${sentence.sentence} of paragraph ${sentence.paragraph}`;
  return `paragraph ${parseParagraphId(id) ?? ''}`;
}

/**
 * Says what was copied in the page's status line, made on the first copy (the page carries none until
 * then) and filled a frame later: a live region must be in the page before it changes to be read out.
 */
async function say(message: string) {
  await loadStylesheet(copyStatusStyles);
  let status = document.querySelector<HTMLElement>(`[${COPY_STATUS}]`);
  if (!status) {
    status = Object.assign(document.createElement('p'), { className: 'copy-status' });
    status.setAttribute(COPY_STATUS, '');
    status.setAttribute('role', 'status');
    document.body.append(status);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  status.textContent = message;
}

/**
 * Copies the canonical address that a paragraph's Link button or a sentence's "#" link stands for (the
 * paragraph on its section page, as its ¶ link carries it) and says so in the page's status line.
 */
export async function copyLink(control: Element) {
  const permalink = paragraphPermalinkOf(control);
  if (!permalink) return;
  const paragraph = new URL(permalink, location.href);
  const url = control instanceof HTMLAnchorElement ? new URL(control.hash, paragraph) : paragraph;
  const what = describe(url);
  try {
    await navigator.clipboard.writeText(url.href);
    await say(`Link to ${what} copied: ${url.href}`);
  } catch {
    await say(`Copy this link to ${what}: ${url.href}`);
  }
}
