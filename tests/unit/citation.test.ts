import { describe, expect, it } from 'vitest';
import {
  citationRuns,
  citedSpeech,
  formatCitation,
  personName,
  quoteCitationStyle,
} from '../../src/lib/citing/citation';
import { speechJsonLd } from '../../src/lib/citing/structuredData';
import { editionVersions } from '../../src/lib/model/versions';
import { speechSchema, type SpeechData } from '../../src/lib/schemas';
import { speechYaml } from '../support/contentFixtures';
import { isoDate, longDate } from '../../src/lib/text/dates';

const speechData: SpeechData = {
  title: 'Enhance Cyber Capabilities Through Innovation',
  speaker: 'Xi Jinping',
  dateLine: 'April 20, 2018',
  date: new Date('2018-04-20'),
  occasion: 'Main points of the speech.',
  conference: 'National Conference on Cybersecurity and IT Application',
  book: {
    title: 'Xi Jinping: The Governance of China III',
    publisher: 'Foreign Languages Press',
    published: new Date('2020-06-30'),
  },
  webPage: {
    byline: 'b',
    name: 'China Daily',
    url: 'https://example.org/source',
    updated: new Date('2021-12-30'),
  },
  rightsNotice: 'R',
  copyright: 'C',
};
const { version } = editionVersions(
  [{ version: '0.3.0', date: '2026-12-02', changes: ['Changed.'] }],
  '0.3.0',
  'f',
);
const speech = citedSpeech(speechData, version);
const cited = 'Annotated edition, version 0.3.0, 2 December 2026';
const speechUrl = { url: 'https://example.org/speech/' };
const paragraph = { url: 'https://example.org/speech/cybersecurity/#p4', paragraph: 4 };

describe('formatCitation', () => {
  it('cites in Chicago style, with the paragraph when one is cited', () => {
    expect(formatCitation('chicago', speech, speechUrl)).toBe(
      'Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Speech, 20 April 2018. In Xi Jinping: The ' +
        'Governance of China III. Foreign Languages Press, 2020. ' +
        `${cited}. https://example.org/speech/.`,
    );
    expect(formatCitation('chicago', speech, paragraph)).toBe(
      'Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Speech, 20 April 2018. In Xi Jinping: The ' +
        'Governance of China III. Foreign Languages Press, 2020. Paragraph 4. ' +
        `${cited}. https://example.org/speech/cybersecurity/#p4.`,
    );
  });

  it('cites in MLA style', () => {
    expect(formatCitation('mla', speech, paragraph)).toBe(
      'Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Xi Jinping: The Governance of China III, ' +
        `Foreign Languages Press, 2020, par. 4. ${cited}, https://example.org/speech/cybersecurity/#p4.`,
    );
  });

  it('cites in APA style', () => {
    expect(formatCitation('apa', speech, paragraph)).toBe(
      'Xi, J. (2020). Enhance cyber capabilities through innovation [Speech, 20 April 2018]. In Xi Jinping: The ' +
        `Governance of China III (para. 4). Foreign Languages Press. ${cited}. https://example.org/speech/cybersecurity/#p4`,
    );
  });

  it('gives a BibTeX entry', () => {
    expect(formatCitation('bibtex', speech, paragraph)).toBe(
      [
        '@incollection{xi2018p4,',
        '  author = {Xi, Jinping},',
        '  title = {Enhance Cyber Capabilities Through Innovation},',
        '  booktitle = {Xi Jinping: The Governance of China III},',
        '  publisher = {Foreign Languages Press},',
        '  year = {2020},',
        `  note = {Speech of 20 April 2018, paragraph 4. ${cited}},`,
        '  url = {https://example.org/speech/cybersecurity/#p4}',
        '}',
      ].join('\n'),
    );
  });

  it('gives an RIS record with CRLF line ends', () => {
    expect(formatCitation('ris', speech, speechUrl)).toBe(
      'TY  - CHAP\r\nAU  - Xi, Jinping\r\nTI  - Enhance Cyber Capabilities Through Innovation\r\n' +
        'T2  - Xi Jinping: The Governance of China III\r\nPB  - Foreign Languages Press\r\nPY  - 2020\r\n' +
        `ET  - ${cited}\r\n` +
        'DA  - 2018/04/20\r\nUR  - https://example.org/speech/\r\nER  - \r\n',
    );
  });
});

describe('longDate', () => {
  it('writes a plain day in full without shifting it across time zones', () => {
    expect(longDate(new Date('2021-12-30'))).toBe('30 December 2021');
    expect(longDate(new Date('2018-04-20'))).toBe('20 April 2018');
    expect(isoDate(new Date('2021-12-30'))).toBe('2021-12-30');
  });
});

describe('citedSpeech and personName', () => {
  it('carries only what a citation needs, as plain values', () => {
    expect(speech).toEqual({
      speaker: 'Xi Jinping',
      title: 'Enhance Cyber Capabilities Through Innovation',
      day: '20 April 2018',
      date: '2018-04-20',
      book: {
        title: 'Xi Jinping: The Governance of China III',
        publisher: 'Foreign Languages Press',
        year: 2020,
      },
      edition: cited,
    });
  });

  it('reads a name surname first', () => {
    expect(personName('Xi Jinping')).toEqual({ surname: 'Xi', given: 'Jinping' });
    expect(personName('Confucius')).toEqual({ surname: 'Confucius', given: '' });
  });
});

describe('speechJsonLd', () => {
  const speech = speechSchema.parse(speechYaml);
  const page = (full: boolean) =>
    speechJsonLd(speech, {
      url: 'https://x.org/speech/a/',
      name: 'A',
      speechUrl: 'https://x.org/speech/',
      full,
    });

  it('describes the speech in full on its own page, with the page about it', () => {
    const [chapter, webPage] = (page(true) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(chapter).toMatchObject({ '@id': 'https://x.org/speech/#speech', dateCreated: '2018-04-20' });
    expect(chapter).toHaveProperty('isPartOf.name', 'B');
    expect(webPage).toMatchObject({ '@type': 'WebPage', about: { '@id': 'https://x.org/speech/#speech' } });
  });

  it('elsewhere describes the page, about the speech, which it names by its id alone', () => {
    expect(page(false)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': 'https://x.org/speech/a/',
      url: 'https://x.org/speech/a/',
      name: 'A',
      about: { '@id': 'https://x.org/speech/#speech' },
    });
  });
});

describe('quoteCitationStyle', () => {
  it("cites a quote in the reader's last copied style when it reads as a sentence, else in Chicago", () => {
    expect(quoteCitationStyle('mla')).toBe('mla');
    expect(quoteCitationStyle('apa')).toBe('apa');
    expect(quoteCitationStyle('bibtex')).toBe('chicago');
    expect(quoteCitationStyle(null)).toBe('chicago');
  });
});

describe('a section’s citation and the formatted citation', () => {
  const section = { url: 'https://example.org/speech/opportunities/', paragraph: 1, through: 2 };

  it('cites a run of paragraphs in every style', () => {
    expect(formatCitation('chicago', speech, section)).toContain(
      `Paragraphs 1–2. ${cited}. https://example.org/speech/opportunities/.`,
    );
    expect(formatCitation('mla', speech, section)).toContain(', pars. 1–2.');
    expect(formatCitation('apa', speech, section)).toContain('(paras. 1–2)');
    expect(formatCitation('bibtex', speech, section)).toMatch(/^@incollection\{xi2018p1-2,/u);
    expect(formatCitation('ris', speech, section)).toContain('N1  - Paragraphs 1–2');
    // A section of one paragraph is that paragraph.
    expect(formatCitation('chicago', speech, { ...section, through: 1 })).toContain(' Paragraph 1. ');
  });

  it('marks the book’s title for italics in the prose styles only, keeping the text whole', () => {
    const text = formatCitation('chicago', speech, speechUrl);
    const runs = citationRuns('chicago', speech, text);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual([speech.book.title]);
    expect(citationRuns('bibtex', speech, 'x')).toEqual([{ text: 'x', italic: false }]);
  });
});
