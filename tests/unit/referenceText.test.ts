import { describe, expect, it } from 'vitest';
import { parseReferenceText } from '../support/referenceText';
import { readRepoFile, reference } from '../support/paths';

describe('parseReferenceText', () => {
  it('splits the official text into its title, date, nine paragraphs and notices', () => {
    expect(reference.heading).toBe('Enhance Cyber Capabilities Through Innovation');
    expect(reference.byline).toBe('Xi Jinping: The Governance of China III Updated: 2021-12-30');
    expect(reference.title).toBe('Enhance Cyber Capabilities Through Innovation');
    expect(reference.dateLine).toBe('April 20, 2018');
    expect(reference.paragraphs).toHaveLength(9);
    expect(reference.paragraphs[3]?.startsWith('Without cybersecurity we can ensure neither')).toBe(true);
    expect(reference.occasion).toBe(
      'Main points of the speech at the National Conference on Cybersecurity and IT Application.',
    );
    expect(reference.rightsNotice).toBe('(Not to be republished for any commercial or other purposes.)');
    expect(reference.copyright).toMatch(/^Copyright © The National People's Congress/u);
  });

  it('rejects a copy whose footnote has been lost', () => {
    const damaged = readRepoFile('content/source/enhance-cyber-capabilities-through-innovation.txt').replace(
      '* Main points',
      'Main points',
    );
    expect(() => parseReferenceText(damaged)).toThrow(/footnote/u);
  });
});
