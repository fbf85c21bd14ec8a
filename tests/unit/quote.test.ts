import { describe, expect, it } from 'vitest';
import {
  encodeDirectiveText,
  formatQuote,
  formatWords,
  quoteLink,
  quoteText,
  textDirective,
} from '../../src/lib/citing/quote';
import { fragmentId } from '../../src/lib/contract';

describe('quoteText', () => {
  it('spaces the words as the page does and separates paragraphs by a blank line', () => {
    expect(quoteText(['  Without  cybersecurity\n we ', 'We must', ''])).toBe(
      'Without cybersecurity we\n\nWe must',
    );
  });
});

describe('encodeDirectiveText', () => {
  it('percent-encodes what the text directive reserves, and spaces', () => {
    expect(encodeDirectiveText('civil-military integration, R&D')).toBe(
      'civil%2Dmilitary%20integration%2C%20R%26D',
    );
  });

  it('encodes non-ASCII text as UTF-8', () => {
    expect(encodeDirectiveText('网络强国 “cyberpower”')).toBe(
      '%E7%BD%91%E7%BB%9C%E5%BC%BA%E5%9B%BD%20%E2%80%9Ccyberpower%E2%80%9D',
    );
  });
});

describe('textDirective', () => {
  it('names a short quote whole', () => {
    expect(textDirective({ runs: ['Core technologies are the treasures of a nation.'] })).toBe(
      'text=Core%20technologies%20are%20the%20treasures%20of%20a%20nation.',
    );
  });

  it('adds up to four words before the quote as a prefix', () => {
    expect(
      textDirective({ runs: ['national security'], before: 'Without cybersecurity we can ensure neither ' }),
    ).toBe('text=we%20can%20ensure%20neither-,national%20security');
  });

  it('names a long quote by its first and last four words', () => {
    const run = 'one two three four five six seven eight nine ten eleven';
    expect(textDirective({ runs: [run] })).toBe('text=one%20two%20three%20four,eight%20nine%20ten%20eleven');
  });

  it('takes the start from the first run and the end from the last when the page interrupts the quote', () => {
    expect(
      textDirective({ runs: ['neither national security', ', nor economic', 'and social stability'] }),
    ).toBe('text=neither%20national%20security,and%20social%20stability');
  });

  it('has nothing to say for a quote without words', () => {
    expect(textDirective({ runs: [' ', ''] })).toBeUndefined();
  });
});

describe('quoteLink', () => {
  it('links to the sentence on the canonical page, with the directive after the delimiter', () => {
    expect(
      quoteLink('https://example.org/speech/cybersecurity/#p4', 'p4-3', { runs: ['cyber incidents'] }),
    ).toBe('https://example.org/speech/cybersecurity/#p4-3:~:text=cyber%20incidents');
  });

  it('links to the sentence alone when there is no directive to add', () => {
    expect(quoteLink('https://example.org/speech/cybersecurity/#p4', 'p4-3', { runs: [] })).toBe(
      'https://example.org/speech/cybersecurity/#p4-3',
    );
  });
});

describe('fragmentId', () => {
  it('reads the element id of a fragment with or without a directive', () => {
    expect(fragmentId('#p4-3:~:text=cyber%20incidents')).toBe('p4-3');
    expect(fragmentId('p4')).toBe('p4');
    expect(fragmentId('#p4-3')).toBe('p4-3');
    // As a browser without text fragments may hand it over: percent-encoded.
    expect(fragmentId('#p4-3%3A~%3Atext%3Dcyber')).toBe('p4-3');
  });
});

describe('formatQuote and formatWords', () => {
  const link = 'https://example.org/speech/cybersecurity/#p4-3:~:text=a%20%26%20b';
  const citation = `Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Paragraph 4. ${link}.`;

  it('puts the words in quotation marks before the citation, which carries the link', () => {
    const { plain, html } = formatQuote('a & b\n\nc', citation, link);
    expect(plain).toBe(`“a & b\n\nc”\n\n${citation}`);
    expect(html).toBe(
      '<blockquote><p>“a &amp; b</p><p>c”</p></blockquote>' +
        `<p>Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Paragraph 4. <a href="${link}">${link}</a>.</p>`,
    );
  });

  it('gives the words alone as plain text and HTML paragraphs', () => {
    expect(formatWords('a < b\n\nc')).toEqual({ plain: 'a < b\n\nc', html: '<p>a &lt; b</p><p>c</p>' });
  });
});
