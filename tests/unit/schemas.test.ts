import { describe, expect, it } from 'vitest';
import { sectionSchema, speechSchema } from '../../src/lib/schemas';
import { speechYaml } from '../support/contentFixtures';

const validSection = {
  title: 'Cybersecurity',
  order: 3,
  summary: 'Links cybersecurity to national security.',
  paragraphs: [4],
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('sectionSchema', () => {
  it('accepts a section with a title, order, one-sentence summary and paragraphs', () => {
    expect(sectionSchema.parse(validSection)).toEqual({ ...validSection, passages: [] });
  });

  it('rejects a summary of more than one sentence', () => {
    const result = sectionSchema.safeParse({ ...validSection, summary: 'One sentence. And another one.' });
    expect(messages(result)).toEqual(['The summary must be exactly one sentence.']);
  });

  it('rejects paragraphs out of order or with gaps', () => {
    const result = sectionSchema.safeParse({ ...validSection, paragraphs: [5, 4] });
    expect(messages(result)).toEqual(['List the paragraphs in ascending, consecutive order, e.g. [4, 5].']);
  });

  it('rejects a paragraph number below 1 (how many there are is what the sections hold: see edition.test.ts)', () => {
    const result = sectionSchema.safeParse({ ...validSection, paragraphs: [0] });
    expect(messages(result)).toEqual(['Paragraph numbers start at 1.']);
  });
});

describe('sectionSchema passages', () => {
  it('rejects a passage reference that is not "4", "4.2" or "4.2-5"', () => {
    const result = sectionSchema.safeParse({
      ...validSection,
      passages: [{ at: '4:2', themes: ['cybersecurity'] }],
    });
    expect(messages(result)).toEqual(['Write "at" as "4", "4.2" or "4.2-5".']);
  });
});

describe('speechSchema', () => {
  it('reads dates written as plain days', () => {
    expect(speechSchema.parse(speechYaml).webPage.updated).toEqual(new Date('2021-12-30T00:00:00Z'));
  });

  it('rejects a web page without a valid URL', () => {
    const result = speechSchema.safeParse({
      ...speechYaml,
      webPage: { ...speechYaml.webPage, url: 'China Daily' },
    });
    expect(result.success).toBe(false);
  });
});
