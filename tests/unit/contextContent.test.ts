import { readdirSync } from 'node:fs';
import type { RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { essayParts, mdxPlainText } from '../../src/lib/context/mdxText';
import { SOURCE_NOTE } from '../../src/lib/context/sourceNotes';
import { eventSchema, lineageSchema } from '../../src/lib/schemas';
import { readRepoFile } from '../support/paths';

/** The editors' context as content/ holds it, checked against what the context issue asks of it. */
const body = (file: string) => readRepoFile(file).replace(/^---\n[\s\S]*?\n---\n/u, '');
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const commentaryFiles = readdirSync('content/commentary')
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => `content/commentary/${name}`);

const NOTE = '¤';
type Node = RootContent | { type: 'root'; children: RootContent[] };
/** A block's words with each source note as ¤, links as their text. */
function marked(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
    return node.name === SOURCE_NOTE ? NOTE : '';
  return 'children' in node ? node.children.map(marked).join('') : '';
}
/** The paragraphs and list items of an MDX body. */
function blocks(node: Node): RootContent[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? node.children.flatMap((child) => blocks(child as Node)) : [];
}
// A sentence ends at . ! or ? (with any closing quote, and its notes), before a capital or a Chinese
// character; not after "vol." or "No.".
const BREAK = /(?<=(?<!\bvol|\bNo)[.!?][”’"')]?¤*)\s+(?=[“‘"'(]?[\p{Lu}\p{Script=Han}])/gu;
const parser = unified().use(remarkParse).use(remarkMdx);
const unsourced = (file: string) =>
  blocks(parser.parse(body(file)))
    .flatMap((block) => marked(block).trim().split(BREAK))
    .filter((sentence) => !sentence.endsWith(NOTE));

/**
 * The only sentences without a source note: what the edition itself does or has not checked, and the
 * lead sentences of a paragraph whose following sentences carry the sources. A new one fails this test
 * until it has a note or is added here.
 */
const WITHOUT_NOTE = [
  'Strategies and a law came in the same period.',
  'Two events of the same week are given here as context only.',
  'Two data laws followed in 2021.',
  'Because the speech dates from 2018, this edition cites the law in its 2016 numbering.',
  'This edition divides the nine paragraphs into eight sections, each on its own page.',
  'This edition gives both renderings without preferring either.',
  'It makes two separate claims.',
  'Whether Xi used the line before April 2018 has not been checked for this edition.',
  'The exact Chinese wording of the phrase has not been verified.',
  'The Chinese wording of the 2018 phrase has not been checked.',
  'Linking the speech\'s "framework of the UN" to that group is this edition\'s reading.',
  'Read literally, the Chinese speaks of the state\'s "heavy" or "important implements"; that reading is the editors\' own.',
  'The editors read the Chinese literally as the state\'s important implements, which the word "treasures" renders freely.',
];

describe('the introduction', () => {
  const parts = essayParts(body('content/introduction.mdx'));

  it('runs 1,500 to 2,500 words in headed parts, from the occasion to further reading', () => {
    const count = words(parts.map((part) => part.text).join(' '));
    expect(count).toBeGreaterThanOrEqual(1500);
    expect(count).toBeLessThanOrEqual(2500);
    expect(parts.map((part) => part.title)).toEqual([
      'The occasion',
      'The text',
      'What came before',
      'The moment',
      'What followed',
      'How the speech is built',
      'How it has been translated',
      'Further reading',
    ]);
  });

  it('ends every factual sentence with a source note', () => {
    const missing = [...unsourced('content/introduction.mdx'), ...commentaryFiles.flatMap(unsourced)];
    expect(missing.filter((sentence) => !WITHOUT_NOTE.includes(sentence))).toEqual([]);
    // And the list names no sentence that has gone or gained a note.
    expect(WITHOUT_NOTE.filter((sentence) => !missing.includes(sentence))).toEqual([]);
  });
});

describe('the commentary', () => {
  it('comments on every paragraph in 80 to 250 words', () => {
    expect(commentaryFiles).toHaveLength(9);
    for (const file of commentaryFiles) {
      const count = words(mdxPlainText(body(file)));
      expect(count, file).toBeGreaterThanOrEqual(80);
      expect(count, file).toBeLessThanOrEqual(250);
    }
  });
});

describe('the timeline and the lineages', () => {
  const events = (parseYaml(readRepoFile('content/timeline.yaml')) as unknown[]).map((e) =>
    eventSchema.parse(e),
  );
  const lineage = (parseYaml(readRepoFile('content/lineage.yaml')) as { entry: string }[]).map((l) =>
    lineageSchema.parse({ ...l, id: l.entry }),
  );

  it('dates at least 25 events from 2012 to 2025, the speech among them', () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(events.filter((e) => e.speech).map((e) => e.date)).toEqual(['2018-04-20']);
    expect(events.some((e) => e.date.startsWith('2012'))).toBe(true);
    expect(events.some((e) => e.date.startsWith('2025'))).toBe(true);
  });

  it('traces at least eight of the speech’s key formulations, each through two or more dated uses', () => {
    expect(lineage.length).toBeGreaterThanOrEqual(8);
    expect(lineage.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'cyberpower',
        'national-security',
        'treasures-of-a-nation',
        'positive-publicity',
        'civil-military-integration',
        'comprehensive-governance',
        'independent-innovation',
      ]),
    );
  });
});
