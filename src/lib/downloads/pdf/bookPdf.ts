import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Book } from '../book';
import template from './book.typ?raw';

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

/**
 * The edition as a tagged PDF (with a bookmark outline from its headings), typeset by Typst from
 * `book.typ` and the book's records. Fails with Typst's own messages when the template does not compile.
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
  // The document's date is the version's, so the same content gives the same file.
  const bytes = compiler.pdf(document, { creationTimestamp: Date.parse(book.version.date) / 1000 });
  return { bytes, pages: document.numOfPages };
}
