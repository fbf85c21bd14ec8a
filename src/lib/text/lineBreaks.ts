/**
 * Where the editors' short labels (section titles in lists, their "· ¶7") may not break. Browsers break
 * after a hyphen, which leaves "e-" at a line's end; and after "· ", which leaves the dot dangling.
 */
const NON_BREAKING_HYPHEN = '\u2011';
const NO_BREAK_SPACE = '\u00a0';

/** The text with each hyphen between two letters made non-breaking ("e‑government" stays whole). */
export function keepHyphenatedWhole(text: string): string {
  return text.replace(/(?<=\p{L})-(?=\p{L})/gu, NON_BREAKING_HYPHEN);
}

/** A separator and what it introduces, joined so that the line never breaks after the dot: " · ¶7". */
export function separated(what: string): string {
  return ` ·${NO_BREAK_SPACE}${what}`;
}
