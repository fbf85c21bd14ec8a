import { describe, expect, it } from 'vitest';
import { withBreakPoints } from '../../src/lib/text/breakPoints';

describe('withBreakPoints', () => {
  it('lets code wrap after a slash, a parenthesis or a comma, never inside a word or between two slashes', () => {
    expect(withBreakPoints('read.csv(&quot;https://example.org/speech.csv&quot;, x)')).toBe(
      'read.csv(<wbr>&quot;https://<wbr>example.org/<wbr>speech.csv&quot;, x)',
    );
    expect(withBreakPoints('a(b,c) / d').replaceAll('<wbr>', '')).toBe('a(b,c) / d');
  });
});
