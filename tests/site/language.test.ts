import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { readRepoFile } from '../support/paths';

const HAN = /\p{Script=Han}/u;

/** Text with Chinese characters that no ancestor marks as Chinese. */
function unmarkedChinese(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element, chinese: boolean) => {
    for (const child of node.children) {
      if (child.type === 'element') {
        const lang = child.properties['lang'];
        walk(child, typeof lang === 'string' ? lang.startsWith('zh') : chinese);
      } else if (child.type === 'text' && HAN.test(child.value) && !chinese) {
        found.push(child.value.trim().slice(0, 40));
      }
    }
  };
  walk(unified().use(rehypeParse).parse(html), false);
  return found;
}

describe('language of the text', () => {
  it('finds the Chinese of a page that no element marks as such (a fixture page)', () => {
    expect(unmarkedChinese(readRepoFile('tests/fixtures/pages/unmarked-chinese.html'))).toEqual([
      'The goal 网络强国 is not.',
      'and, inside English, 信息化',
    ]);
  });

  it('marks every run of Chinese with lang="zh-Hans"', () => {
    const problems = builtPages().flatMap(([path, html]) =>
      unmarkedChinese(html).map((text) => `${path}: ${text}`),
    );
    expect(problems).toEqual([]);
  });
});
