import type { ReaderNote } from './note';

/**
 * A reader's notes as Markdown, for "Copy all as Markdown" and the Markdown export: under a title, each
 * note with the words it is on as a quotation, what the reader wrote, and the words' citation (which
 * ends with the address that lands on them).
 */
export function notesMarkdown(
  notes: readonly ReaderNote[],
  { title, cite }: { title: string; cite: (note: ReaderNote) => string },
): string {
  const quotation = (words: string) =>
    `“${words}”`
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
  const parts = notes.map((note) => [quotation(note.quote.exact), note.text.trim(), cite(note)].join('\n\n'));
  return `# ${title}\n\n${parts.join('\n\n---\n\n')}\n`;
}
