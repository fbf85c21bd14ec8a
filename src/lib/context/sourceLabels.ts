/**
 * How the commentary cites a work in short, author-date style: the publisher's name without what the
 * bibliography adds after it (a mirror, a series, a second publisher) and the year: "Xinhua 2014",
 * "Sidley Austin 2016", "AppInChina". The sources page gives the work in full under its anchor.
 */
export function shortSourceLabel(publisher: string, date: string | undefined): string {
  const name = publisher.split(/ \(|, /u)[0]?.trim() || publisher;
  return date === undefined ? name : `${name} ${date.slice(0, 4)}`;
}

/** Works in the bibliography's order: by the short name the notes cite them by, then by title. */
export const byShortName = <T extends { short: string; title: string }>(works: readonly T[]): T[] =>
  [...works].sort(
    (a, b) => a.short.localeCompare(b.short, 'en', { sensitivity: 'base' }) || a.title.localeCompare(b.title),
  );
