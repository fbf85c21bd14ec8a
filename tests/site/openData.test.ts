import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/builtSite';
import { readRepoFile, reference } from '../support/paths';

const built = (path: string) => readFileSync(join(distDir, path), 'utf8');
const data = JSON.parse(built('speech.json')) as {
  paragraphs: { number: number; text: string; sentences: { id: string; text: string }[] }[];
  glossary: { id: string; occurrences: { paragraph: number; text: string }[] }[];
};
const schema = JSON.parse(built('speech.schema.json')) as Record<string, unknown>;

interface Annotation {
  target: {
    source: string;
    selector: [{ exact: string; prefix: string; suffix: string }, { value: string }];
  };
}
const annotations = JSON.parse(built('annotations.jsonld')) as {
  total: number;
  first: { items: Annotation[] };
};

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it('publishes /speech.json valid against its published JSON Schema', () => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fails validation when a paragraph loses its text', () => {
    const broken = structuredClone(data) as unknown as { paragraphs: Record<string, unknown>[] };
    delete broken.paragraphs[0]?.['text'];
    expect(validate(broken)).toBe(false);
  });

  it('round-trips to the verbatim text: paragraphs, and sentences joined by spaces', () => {
    expect(data.paragraphs.map((p) => p.text)).toEqual(reference.paragraphs);
    expect(data.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '))).toEqual(
      reference.paragraphs,
    );
    expect(data.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)).slice(0, 3)).toEqual([
      'p1-1',
      'p1-2',
      'p1-3',
    ]);
  });

  it('anchors every annotation to the speaker’s words with a quote that occurs in its paragraph', () => {
    expect(annotations.total).toBe(data.glossary.reduce((sum, entry) => sum + entry.occurrences.length, 0));
    for (const { target } of annotations.first.items) {
      const [quote, fragment] = target.selector;
      const paragraph = reference.paragraphs[Number(fragment.value.slice(1)) - 1] ?? '';
      expect(paragraph).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
      expect(target.source).toMatch(/\/speech\/[a-z-]+\/$/u);
    }
  });

  it('serves the official text exactly as the source gives it', () => {
    expect(built('speech.txt')).toBe(
      readRepoFile('content/source/enhance-cyber-capabilities-through-innovation.txt'),
    );
  });
});

describe('link previews', () => {
  const pngSize = (path: string) => {
    const bytes = readFileSync(join(distDir, path));
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it('gives each section and the edition a 1200x630 PNG preview image', () => {
    const images = data.paragraphs.length > 0 ? readFileSync(join(distDir, 'speech/index.html'), 'utf8') : '';
    const sections = [...new Set([...images.matchAll(/href="\/speech\/([a-z-]+)\/"/gu)].map((m) => m[1]))];
    expect(sections).toHaveLength(8);
    for (const slug of [...sections, 'edition']) expect(pngSize(`og/${slug}.png`)).toEqual([1200, 630]);
  });
});
