/** A run of text that is either Chinese (Han characters and CJK punctuation) or not. */
export interface TextRun {
  text: string;
  chinese: boolean;
}

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff08\uff09\uff0c\uff1a\u300a\u300b]+/gu;

/**
 * Splits editorial prose into Chinese and non-Chinese runs, so each Chinese run can be marked
 * `lang="zh-Hans"` (for screen readers, fonts and line breaking).
 */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > cursor) runs.push({ text: text.slice(cursor, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), chinese: false });
  return runs;
}
