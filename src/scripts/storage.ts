/**
 * The browser's local storage, where the reader's choices last (colour scheme, reader options, citation
 * style, reading offline). A browser may refuse it (private modes, settings): then nothing is read, and
 * a choice lasts for the page only.
 */
export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a choice, where the browser allows it (see `stored`). */
export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Refused: the choice lasts for this page only.
  }
}
