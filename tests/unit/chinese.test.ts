import { describe, expect, it } from 'vitest';
import { chineseRuns } from '../../src/lib/text/chinese';

describe('chineseRuns', () => {
  it('separates Chinese runs, with their punctuation, from the English around them', () => {
    expect(chineseRuns('Translates 网络强国 (“cyberpower”); see 《习近平谈治国理政》.')).toEqual([
      { text: 'Translates ', chinese: false },
      { text: '网络强国', chinese: true },
      { text: ' (“cyberpower”); see ', chinese: false },
      { text: '《习近平谈治国理政》', chinese: true },
      { text: '.', chinese: false },
    ]);
  });

  it('gives one run for text without Chinese', () => {
    expect(chineseRuns('IT application')).toEqual([{ text: 'IT application', chinese: false }]);
  });
});
