/** "2018-04-20" from a date written as a plain day (content dates are read as midnight UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A day as the edition writes every date in its own words, on the site and in the downloads: "20 April
 * 2018", day, month, year. Only the speaker's date line keeps the source's "April 20, 2018".
 */
export const longDate = (date: Date) => DAY.format(date);

/** A date written as precisely as it is known, as the editors' prose writes it: "27 February 2014", "August 2013", "2023". */
export function partialDateLabel(date: string): string {
  const [year = '', month, day] = date.split('-');
  const when = new Date(`${year}-${month ?? '01'}-${day ?? '01'}T00:00:00Z`);
  return day ? DAY.format(when) : month ? MONTH.format(when) : year;
}
