import { describe, expect, it } from 'vitest';
import { formatLongDate, recommendedCitation } from '../../src/lib/citation';
import type { SpeechData } from '../../src/lib/schemas';

const speech: SpeechData = {
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
  source: {
    byline: 'byline',
    name: 'China Daily',
    url: 'https://example.org/source',
    updated: new Date('2021-12-30'),
  },
  rightsNotice: 'R',
  copyright: 'C',
};

describe('recommendedCitation', () => {
  it('cites the whole speech', () => {
    expect(recommendedCitation(speech, 'https://example.org/speech/')).toBe(
      'Xi Jinping, “Enhance Cyber Capabilities Through Innovation,” April 20, 2018, in Xi Jinping: The Governance ' +
        'of China III (Foreign Languages Press, 2020), official English text as published by China Daily, ' +
        'updated December 30, 2021, https://example.org/speech/.',
    );
  });

  it('cites one paragraph with its number', () => {
    expect(recommendedCitation(speech, '/speech/cybersecurity/#p4', 4)).toContain(
      '“Enhance Cyber Capabilities Through Innovation,” April 20, 2018, ¶4, in',
    );
  });
});

describe('formatLongDate', () => {
  it('writes a plain day in full without shifting it across time zones', () => {
    expect(formatLongDate(new Date('2021-12-30'))).toBe('December 30, 2021');
  });
});
