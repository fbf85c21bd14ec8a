import { describe, expect, it } from 'vitest';
import { highlightPattern } from '../../src/lib/search/highlight';
import {
  excerptAround,
  hitHref,
  rankHits,
  rankResults,
  resultHits,
  type SearchHit,
} from '../../src/lib/search/results';
import { isSearching, readSearchState, writeSearchState } from '../../src/lib/search/state';

const content =
  'Core technologies Core technologies are the treasures of a nation. We need to accelerate new advances.';

describe('excerptAround', () => {
  it('marks the matched words in a window around one of them', () => {
    expect(excerptAround(content, [6], 6, 2)).toEqual([
      { text: '… are the ', marked: false },
      { text: 'treasures', marked: true },
      { text: ' of a …', marked: false },
    ]);
  });

  it('keeps markup-like content as plain text', () => {
    expect(excerptAround('<img src=x onerror=alert(1)> words', [0], 0, 3)).toEqual([
      { text: '<', marked: false },
      { text: 'img', marked: true },
      { text: ' src=x onerror=alert(1)> words', marked: false },
    ]);
  });

  it('marks the word and leaves the punctuation around it unmarked', () => {
    expect(excerptAround('the “core technologies”. We need', [1, 2], 1, 3)).toEqual([
      { text: 'the “', marked: false },
      { text: 'core', marked: true },
      { text: ' ', marked: false },
      { text: 'technologies', marked: true },
      { text: '”. We need', marked: false },
    ]);
    expect(excerptAround('(网络强国, wǎngluò)', [0], 0, 3)).toEqual([
      { text: '(', marked: false },
      { text: '网络强国', marked: true },
      { text: ', wǎngluò)', marked: false },
    ]);
  });
});

describe('resultHits', () => {
  const speech = {
    url: '/speech/core-technologies/',
    content,
    meta: { title: 'Core technologies', kind: 'Speech' },
    anchors: [
      { element: 'h1', id: 'section-title', location: 0 },
      { element: 'div', id: 'p5', location: 2 },
      { element: 'div', id: 'p6', location: 11 },
    ],
    locations: [13, 6],
  };

  it('gives a speech page one hit per paragraph, landing on it with the words to highlight', () => {
    expect(resultHits(speech, 'treasures').map((hit) => [hit.href, hit.place, hit.title])).toEqual([
      ['/speech/core-technologies/?highlight=treasures#p5', '¶5', 'Core technologies'],
      ['/speech/core-technologies/?highlight=treasures#p6', '¶6', 'Core technologies'],
    ]);
  });

  it('shows the paragraph, and the other rendering it was found by, when only a rendering matched', () => {
    const found = {
      ...speech,
      content:
        'Title. Let IT application boost development. alsoknownas informatization; 信息化 Next paragraph.',
      anchors: [
        { element: 'div', id: 'p1', location: 1 },
        { element: 'div', id: 'p2', location: 10 },
      ],
      locations: [7],
    };
    expect(resultHits(found, 'informatization')[0]?.excerpt).toEqual([
      { text: 'Let IT application boost development.', marked: false },
      { text: ' (found as ', marked: false },
      { text: 'informatization', marked: true },
      { text: ')', marked: false },
    ]);
  });

  it('gives a glossary entry one hit for the page', () => {
    const entry = { ...speech, url: '/glossary/x/', meta: { title: 'x', kind: 'Glossary' }, anchors: [] };
    expect(resultHits(entry, '').map((hit) => [hit.href, hit.place])).toEqual([['/glossary/x/', 'Glossary']]);
  });
});

describe('hitHref', () => {
  it('encodes the query so it cannot break out of the address', () => {
    expect(hitHref('/speech/a/', '"x" <b>&', 'p1')).toBe('/speech/a/?highlight=%22x%22%20%3Cb%3E%26#p1');
  });
});

describe('search state in the address', () => {
  it('round-trips the query and the chosen filters', () => {
    const state = {
      query: 'core technologies',
      kinds: ['Speech'],
      themes: ['Cybersecurity', 'Officials, talent and society'],
    };
    const text = writeSearchState(state);
    expect(text).toBe(
      '?q=core+technologies&kind=Speech&theme=Cybersecurity&theme=Officials%2C+talent+and+society',
    );
    expect(readSearchState(new URLSearchParams(text))).toEqual(state);
    expect(writeSearchState({ query: '', kinds: [], themes: [] })).toBe('');
    expect(isSearching(state)).toBe(true);
    expect(isSearching({ query: '', kinds: [], themes: ['Cybersecurity'] })).toBe(true);
    expect(isSearching(readSearchState(new URLSearchParams('?q=')))).toBe(false);
  });
});

describe('highlightPattern', () => {
  it('matches the words of the page that begin like a searched word', () => {
    const pattern = highlightPattern('technology "treasures"');
    expect('Core technologies are the treasures of a nation'.match(pattern ?? /$^/u)).toEqual([
      'technologies',
      'treasures',
    ]);
  });

  it('ignores words too short to mean anything and escapes the rest', () => {
    expect(highlightPattern('a of')).toBeUndefined();
    expect(() => highlightPattern('(((.*')).not.toThrow();
  });
});

describe('rankResults', () => {
  const page = (url: string, kind: string, title: string, aka = '') => ({
    url,
    content: '',
    meta: { kind, title, aka },
    anchors: [],
    locations: [],
  });
  const found = [
    page('/glossary/belt-and-road-initiative/', 'Glossary', 'Belt and Road Initiative'),
    page('/glossary/digital-silk-road/', 'Glossary', 'digital Silk Road'),
    page('/themes/international-governance/', 'Theme', 'International governance of cyberspace'),
    page('/speech/international-governance/', 'Speech', 'International governance of cyberspace'),
    page('/glossary/it-application/', 'Glossary', 'IT application', 'informatization; 信息化'),
  ];

  it('puts speech passages and entries named by the query before passing mentions, keeping Pagefind order', () => {
    expect(rankResults(found, '"digital Silk Road"').map((r) => r.url)).toEqual([
      '/glossary/digital-silk-road/',
      '/speech/international-governance/',
      '/glossary/belt-and-road-initiative/',
      '/themes/international-governance/',
      '/glossary/it-application/',
    ]);
  });

  it('counts other renderings and the Chinese as names', () => {
    expect(
      rankResults(found, 'informatization')
        .map((r) => r.url)
        .slice(0, 2),
    ).toEqual(['/speech/international-governance/', '/glossary/it-application/']);
    expect(rankResults(found, '信息化')[1]?.url).toBe('/glossary/it-application/');
  });
});

describe('whole short words first', () => {
  const withContent = (url: string, kind: string, text: string) => ({
    url,
    content: text,
    meta: { kind, title: url },
    anchors: [],
    locations: [],
  });

  it('puts pages holding a short searched word whole before those where it only begins a word', () => {
    const found = [
      withContent('/glossary/centralized-unified-leadership/', 'Glossary', 'unified leadership'),
      withContent('/speech/international-governance/', 'Speech', 'under the framework of the UN'),
      withContent('/introduction/#the-moment', 'Context', 'the UN group'),
    ];
    expect(rankResults(found, 'UN').map((r) => r.url)).toEqual([
      '/speech/international-governance/',
      '/glossary/centralized-unified-leadership/',
      '/introduction/#the-moment',
    ]);
  });

  it('orders hits by their marked words, keeping the context last', () => {
    const hit = (href: string, kind: string, marked: string): SearchHit => ({
      href,
      title: 'A page',
      place: '',
      kind,
      excerpt: [{ text: marked, marked: true }],
      filters: {},
    });
    const hits = [hit('#p7', 'Speech', 'under'), hit('#c', 'Context', 'UN'), hit('#p8', 'Speech', 'UN,')];
    expect(rankHits(hits, 'un').map((h) => h.href)).toEqual(['#p8', '#p7', '#c']);
    expect(rankHits(hits, 'united nations').map((h) => h.href)).toEqual(['#p7', '#p8', '#c']);
  });
});
