import { describe, expect, it } from 'vitest';
import { paragraphSegments, segmentsText } from '../../src/lib/speech/paragraphSegments';

const body = `<Paragraph n={7}>
We need to follow the laws behind <Term id="civil-military-integration">this integration</Term> to create it.
</Paragraph>

<Paragraph n={8}>
Reforming global internet governance.
</Paragraph>
`;

describe('paragraphSegments', () => {
  it('reads each paragraph as runs of words, keeping the entry an author tied to a passage', () => {
    expect(paragraphSegments(body, 'x.mdx')).toEqual(
      new Map([
        [
          7,
          [
            { text: 'We need to follow the laws behind ' },
            { text: 'this integration', entryId: 'civil-military-integration' },
            { text: ' to create it.' },
          ],
        ],
        [8, [{ text: 'Reforming global internet governance.' }]],
      ]),
    );
  });

  it('rejects markup other than <Term> inside a paragraph, naming the file and paragraph', () => {
    expect(() =>
      paragraphSegments('<Paragraph n={2}>\nSome *emphasis* here.\n</Paragraph>', 'x.mdx'),
    ).toThrow('x.mdx ¶2: only plain text and <Term id="..."> may appear inside <Paragraph>, found emphasis.');
  });

  it('rejects a <Term> without an id', () => {
    expect(() =>
      paragraphSegments('<Paragraph n={2}>\nA <Term>phrase</Term>.\n</Paragraph>', 'x.mdx'),
    ).toThrow('x.mdx ¶2: <Term> needs an id');
  });
});

describe('segmentsText', () => {
  it('joins the runs into the paragraph as written', () => {
    expect(segmentsText(paragraphSegments(body, 'x.mdx').get(7) ?? [])).toBe(
      'We need to follow the laws behind this integration to create it.',
    );
  });
});
