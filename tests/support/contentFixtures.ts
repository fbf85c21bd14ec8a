/** A speech.yaml entry as written, valid against the schema, for tests that need one. */
export const speechYaml = {
  title: 'T',
  speaker: 'Xi Jinping',
  dateLine: 'April 20, 2018',
  date: '2018-04-20',
  occasion: 'O.',
  conference: 'C',
  book: { title: 'B', publisher: 'P', published: '2020-06-30' },
  webPage: { byline: 'By', name: 'N', url: 'https://example.org/page', updated: '2021-12-30' },
  rightsNotice: 'R',
  copyright: 'C',
};
