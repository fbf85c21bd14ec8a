import { describe, expect, it } from 'vitest';
import { keepHyphenatedWhole, separated } from '../../src/lib/text/lineBreaks';

describe('line breaks in short labels', () => {
  it('keeps hyphenated words whole, and nothing else', () => {
    expect(keepHyphenatedWhole('The digital economy and e-government')).toBe(
      'The digital economy and e\u2011government',
    );
    expect(keepHyphenatedWhole('Civil-military integration · ¶1–2 - a')).toBe(
      'Civil\u2011military integration · ¶1–2 - a',
    );
  });

  it('joins the dot to what it introduces, so that no line ends with it', () => {
    expect(separated('¶7')).toBe(' ·\u00a0¶7');
  });
});
