const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "2018-04-20" from a date written as a plain day (content dates are read as midnight UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "December 30, 2021" from a date written as a plain day. */
export const longDate = (date: Date) => LONG_DATE.format(date);
