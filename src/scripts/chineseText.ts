import { chineseRuns } from '../lib/text/chinese';

/** Chinese in a span marked lang="zh-Hans", as the pages mark it (MixedText.astro, ChineseTerm.astro). */
export const chineseSpan = (text: string): HTMLSpanElement =>
  Object.assign(document.createElement('span'), { lang: 'zh-Hans', textContent: text });

/** Text appended to an element as text, never markup, each run of Chinese in a chineseSpan. */
export function appendMixedText(parent: HTMLElement, text: string): void {
  for (const run of chineseRuns(text)) parent.append(run.chinese ? chineseSpan(run.text) : run.text);
}
