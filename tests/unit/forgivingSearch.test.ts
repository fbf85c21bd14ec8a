import { describe, expect, it } from 'vitest';
import { readRepoFile, reference } from '../support/paths';
import { parse as parseYaml } from 'yaml';
import {
  ACRONYMS,
  editDistance,
  expandAcronyms,
  holdsWholeWord,
  looseWords,
  pinyinEntry,
  shardsFor,
  shortWords,
  suggestCorrection,
  unknownWords,
} from '../../src/lib/search/forgiving';
import {
  buildVocabulary,
  englishWords,
  normalizePinyin,
  pinyinNames,
  type Vocabulary,
} from '../../src/lib/search/vocabulary';

const vocabulary: Vocabulary = buildVocabulary([
  'Cybersecurity and cybersecurity, critical information infrastructure, civil-military integration.',
  'Cyber security, cyberspace. Innovation drives innovation; innovate.',
]);

describe('the vocabulary', () => {
  it('counts the English words of the indexed text by first letter, splitting at hyphens', () => {
    expect(vocabulary['c']?.['cybersecurity']).toBe(2);
    expect(vocabulary['m']?.['military']).toBe(1);
    expect(englishWords("The people's 5G")).toEqual(['the', 'people']);
    // Pinyin in the notes is not English: its toneless form stays unknown, for pinyin search to read.
    expect(buildVocabulary(['网络强国 (wǎngluò qiángguó)'])).toEqual({});
    expect(englishWords('wǎngluò qiángguó')).toEqual(['wangluo', 'qiangguo']);
  });

  it('normalizes pinyin as readers type it: no tone marks, spaces or capitals', () => {
    expect(normalizePinyin('wǎngluò qiángguó')).toBe('wangluoqiangguo');
    expect(normalizePinyin("Xi'an Shíjiǔ Dà")).toBe('xianshijiuda');
  });
});

describe('suggestCorrection', () => {
  it('corrects a misspelled word to the nearest the edition uses, keeping the rest of the query', () => {
    expect(suggestCorrection('cybersecuirty', vocabulary)).toBe('cybersecurity');
    expect(suggestCorrection('critical infrastucture', vocabulary)).toBe('critical infrastructure');
    expect(suggestCorrection('civil-militray', vocabulary)).toBe('civil-military');
  });

  it('prefers the more used of equally near words', () => {
    const words = buildVocabulary(['cyber cyber cyber cider']);
    expect(suggestCorrection('cyder', words)).toBe('cyber');
  });

  it('leaves known words, quoted phrases, acronyms, short words and words with no near match alone', () => {
    expect(suggestCorrection('cybersecurity', vocabulary)).toBeUndefined();
    expect(suggestCorrection('"cybersecuirty"', vocabulary)).toBeUndefined();
    expect(suggestCorrection('CII', vocabulary)).toBeUndefined();
    expect(suggestCorrection('zebra', vocabulary)).toBeUndefined();
  });
});

describe('reading a query', () => {
  it('names the shards its loose words need, and the words the vocabulary lacks', () => {
    expect(looseWords('"core technologies" innovate AI')).toEqual(['innovate', 'ai']);
    expect(shardsFor('cyber innovation civil')).toEqual(['c', 'i']);
    expect(unknownWords('innovation cybersecuirty AI', vocabulary)).toEqual(['cybersecuirty']);
  });

  it('finds short words and whether a text holds them whole', () => {
    expect(shortWords('UN framework AI')).toEqual(['un', 'ai']);
    expect(holdsWholeWord('the framework of the UN', 'un')).toBe(true);
    expect(holdsWholeWord('under the framework', 'un')).toBe(false);
  });

  it('spells out known acronyms as phrases', () => {
    expect(expandAcronyms('CII protection')).toBe('"critical information infrastructure" protection');
    expect(expandAcronyms('cybersecurity')).toBeUndefined();
  });
});

describe('on the real edition', () => {
  // What the build's indexedTexts gathers, read here from the files themselves.
  const glossary = parseYaml(readRepoFile('content/glossary.yaml')) as {
    term: string;
    chinese?: string;
    pinyin?: string;
  }[];
  const texts = [
    ...reference.paragraphs,
    readRepoFile('content/glossary.yaml'),
    readRepoFile('content/introduction.mdx'),
    readRepoFile('content/timeline.yaml'),
  ];
  const real = buildVocabulary(texts);
  const names = pinyinNames(glossary);

  it('finds glossary entries by pinyin, with or without tone marks and spaces', () => {
    expect(pinyinEntry('wangluo qiangguo', names)?.term).toBe('cyberpower');
    expect(pinyinEntry('wǎngluò qiángguó', names)?.term).toBe('cyberpower');
    expect(pinyinEntry('xinxihua', names)?.term).toBe('IT application');
    expect(pinyinEntry('cyber', names)).toBeUndefined();
    // The words of pinyin are not words the text uses, so the query goes to pinyin search.
    expect(unknownWords('wǎngluò qiángguó', real)).toEqual(['wangluo', 'qiangguo']);
  });

  it('spells every acronym out as a phrase the indexed text uses', () => {
    const text = texts.join(' ').replace(/\s+/gu, ' ').toLowerCase();
    for (const [acronym, expansion] of Object.entries(ACRONYMS))
      expect(text, acronym).toContain(expansion.toLowerCase());
  });

  it('suggests the words a reader meant for realistic typos', () => {
    expect(suggestCorrection('cybersecuirty', real)).toBe('cybersecurity');
    expect(suggestCorrection('infrastucture', real)).toBe('infrastructure');
    expect(suggestCorrection('civil-militray', real)).toBe('civil-military');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, a swap as two', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('cybersecuirty', 'cybersecurity')).toBe(2);
    expect(editDistance('netizns', 'netizens')).toBe(1);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops past its limit', () => {
    expect(editDistance('cybersecurity', 'innovation', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
