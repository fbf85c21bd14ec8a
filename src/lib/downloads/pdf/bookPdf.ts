import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Book } from '../book';
import template from './book.typ?raw';
import { typstExportErrors } from './typstExportErrors';

const require = createRequire(import.meta.url);

/** A workspace that exists only in the compiler's memory: the template reads nothing from disk. */
const WORKSPACE = '/edition-pdf';

/**
 * The fonts the PDF is set in, from npm packages (TTF: Typst reads no WOFF2), so that every machine
 * builds the same PDF; Typst embeds only the glyphs used. The machine's own fonts are never searched,
 * and the template turns fallback off, so a missing glyph shows rather than silently changing face.
 */
const FONTS = [
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
];

/** The standard the PDF conforms to, as Typst names it: PDF/UA-1, the accessible PDF (ISO 14289-1). */
const PDF_STANDARD = 'ua-1';

/**
 * The edition as a PDF/UA-1 document (tagged, with a bookmark outline from its headings), typeset by
 * Typst from `book.typ` and the book's records. Fails with Typst's own messages when the template does
 * not compile or the document cannot be exported as PDF/UA-1.
 */
export function bookPdf(book: Book): { bytes: Buffer; pages: number } {
  const compiler = NodeCompiler.create({
    workspace: WORKSPACE,
    fontArgs: [{ fontBlobs: FONTS.map((font) => readFileSync(require.resolve(font))) }],
  });
  // Absent values become none in Typst (JSON.stringify would leave their keys out).
  const json = JSON.stringify(book, (_key, value: unknown) => value ?? null);
  compiler.mapShadow(`${WORKSPACE}/book.json`, Buffer.from(json));
  const compiled = compiler.compile({ mainFileContent: template });
  const document = compiled.result;
  if (!document || compiled.hasError()) {
    // Typst writes its diagnostics, with the template's line and column, to standard error.
    compiled.printDiagnostics();
    throw new Error(
      'The book does not compile as a PDF: see Typst’s messages above (src/lib/downloads/pdf/book.typ).',
    );
  }
  let bytes: Buffer;
  try {
    // The document's date is the version's, so the same content gives the same file. PDF/UA-1: Typst
    // tags the document for assistive technology and refuses one it cannot make accessible (no title, an
    // image without alternative text), which is the point.
    bytes = compiler.pdf(document, {
      creationTimestamp: Date.parse(book.version.date) / 1000,
      pdfStandard: PDF_STANDARD,
    });
  } catch (error) {
    const reasons = typstExportErrors(error).map((line) => `- ${line}`);
    throw new Error(
      `The book does not export as a PDF/UA-1 document (src/lib/downloads/pdf/book.typ):\n${reasons.join('\n')}`,
      { cause: error },
    );
  }
  return { bytes, pages: document.numOfPages };
}
