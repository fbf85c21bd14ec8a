import type { Page } from '@playwright/test';

/** Selecting words of a page as a reader's drag or double-click would, for the quoting and notes tests. */

/** Selects from the start of one element's contents to the end of another's, as a drag would. */
export const selectAcross = (page: Page, fromId: string, toId: string) =>
  page.evaluate(
    ([from, to]) => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById(from ?? '')?.firstChild ?? document.body);
      range.setEndAfter(document.getElementById(to ?? '')?.lastChild ?? document.body);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [fromId, toId],
  );

/** Selects a phrase inside one element's text, as a double-click and drag would. */
export const selectPhrase = (page: Page, id: string, phrase: string) =>
  page.evaluate(
    ([elementId, words]) => {
      const element = document.getElementById(elementId ?? '');
      const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const at = text.indexOf(words ?? '');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (words ?? '').length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`"${words ?? ''}" is not in #${elementId ?? ''}`);
    },
    [id, phrase],
  );

/**
 * Selects words of the speaker's text inside an element (a sentence, `p4-2`), across the elements that
 * split it (a term's link), leaving our own material (`[data-editorial]`) out of the count.
 */
export const selectWords = (page: Page, id: string, words: string) =>
  page.evaluate(
    ([elementId, phrase]) => {
      const element = document.getElementById(elementId ?? '');
      if (!element || !phrase) throw new Error(`No #${elementId ?? ''}`);
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node instanceof Text) || node.parentElement?.closest('[data-editorial]')) continue;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const at = text.indexOf(phrase);
      if (at === -1) throw new Error(`"${phrase}" is not in #${elementId ?? ''}`);
      const point = (offset: number) => {
        const found = [...nodes].reverse().find(({ start }) => start <= offset) ?? nodes[0];
        return found ? ([found.node, offset - found.start] as const) : undefined;
      };
      const [start, end] = [point(at), point(at + phrase.length)];
      if (!start || !end) throw new Error('No text');
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [id, words],
  );
