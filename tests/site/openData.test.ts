import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/builtSite';
import { readRepoFile, reference } from '../support/paths';
import { webAnnotationSchema } from '../support/webAnnotationSchema';

const built = (path: string) => readFileSync(join(distDir, path), 'utf8');
const data = JSON.parse(built('speech.json')) as {
  paragraphs: {
    number: number;
    id: string;
    url: string;
    text: string;
    sentences: { id: string; text: string }[];
  }[];
  glossary: { id: string; occurrences: { paragraph: number; text: string }[] }[];
};
const schema = JSON.parse(built('speech.schema.json')) as Record<string, unknown>;

interface TermAnnotation {
  motivation: 'describing';
  target: {
    source: string;
    selector: [{ exact: string; prefix: string; suffix: string }, { value: string }];
  };
}
interface CommentaryAnnotation {
  motivation: 'commenting';
  body: [{ value: string; purpose: string }, { id: string }, ...{ id: string }[]];
  target: { source: string; selector: { type: string; value: string } };
}
const annotations = JSON.parse(built('annotations.jsonld')) as {
  total: number;
  first: { items: (TermAnnotation | CommentaryAnnotation)[] };
};
const termNotes = annotations.first.items.filter((a): a is TermAnnotation => a.motivation === 'describing');
const commentary = annotations.first.items.filter(
  (a): a is CommentaryAnnotation => a.motivation === 'commenting',
);
const timeline = JSON.parse(built('timeline.json')) as {
  from: number;
  to: number;
  speech: string;
  events: { id: string; date: string; url: string; paragraphs: { number: number; url: string }[] }[];
};
const timelineSchema = JSON.parse(built('timeline.schema.json')) as Record<string, unknown>;

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

  it('publishes /annotations.jsonld in the shape of a W3C Web Annotation collection', () => {
    const shape = ajv.compile(webAnnotationSchema);
    expect(shape(annotations), JSON.stringify(shape.errors)).toBe(true);
  });

  it('anchors every annotation to the speaker’s words with a quote that occurs in its paragraph', () => {
    expect(termNotes).toHaveLength(data.glossary.reduce((sum, entry) => sum + entry.occurrences.length, 0));
    expect(annotations.total).toBe(termNotes.length + commentary.length);
    for (const { target } of termNotes) {
      const [quote, fragment] = target.selector;
      const paragraph = reference.paragraphs[Number(fragment.value.slice(1)) - 1] ?? '';
      expect(paragraph).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
      expect(target.source).toMatch(/\/speech\/[a-z-]+\/$/u);
    }
  });

  it('publishes the commentary on every paragraph as a commenting annotation targeting that paragraph', () => {
    expect(commentary.map((a) => a.target.selector.value)).toEqual(data.paragraphs.map((p) => p.id));
    for (const { body, target } of commentary) {
      const paragraph = data.paragraphs.find((p) => p.id === target.selector.value);
      expect(target.source).toBe(paragraph?.url.split('#')[0]);
      expect(target.selector.type).toBe('FragmentSelector');
      expect(body[0].purpose).toBe('commenting');
      expect(body[0].value.split(/\s+/u).length).toBeGreaterThanOrEqual(80);
      expect(body[1].id).toMatch(/#commentary-\d$/u);
    }
  });

  it('publishes /timeline.json valid against its published JSON Schema, and fails it when broken', () => {
    const validateTimeline = ajv.compile(timelineSchema);
    expect(validateTimeline(timeline), JSON.stringify(validateTimeline.errors)).toBe(true);
    const broken = structuredClone(timeline) as unknown as { events: Record<string, unknown>[] };
    broken.events[0] = { ...broken.events[0], sources: [] };
    expect(validateTimeline(broken)).toBe(false);
  });

  it('dates the timeline’s events within its years, marks the speech, and links events to paragraphs', () => {
    expect(timeline.events.length).toBeGreaterThanOrEqual(25);
    const years = timeline.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(timeline.from);
    expect(Math.max(...years)).toBeLessThanOrEqual(timeline.to);
    const speech = timeline.events.find((e) => e.id === timeline.speech);
    expect(speech?.date).toBe('2018-04-20');
    for (const { paragraphs } of timeline.events)
      for (const p of paragraphs) expect(p.url).toMatch(new RegExp(`/speech/[a-z-]+/#p${p.number}$`, 'u'));
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
