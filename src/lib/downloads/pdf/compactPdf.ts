import { createRequire } from 'node:module';
import createQpdf from '@neslinesli93/qpdf-wasm';

const require = createRequire(import.meta.url);

/** What of qpdf's Emscripten module this uses: its command line, and its in-memory files. */
interface Qpdf {
  callMain(args: string[]): number;
  FS: { writeFile(path: string, data: Uint8Array): void; readFile(path: string): Uint8Array };
}

/**
 * qpdf's lossless recompression: objects packed into compressed object streams, every stream deflated
 * anew at zlib's best level, and a file identifier made from the content, so the same PDF gives the same
 * file. Content, tags, links, bookmarks, fonts and the XMP metadata (which qpdf leaves uncompressed, as
 * readers expect it) are kept as they are: only their encoding changes.
 */
const QPDF_ARGS = [
  '--object-streams=generate',
  '--compress-streams=y',
  '--recompress-flate',
  '--compression-level=9',
  '--deterministic-id',
];

/**
 * A PDF written again by qpdf (compiled to WebAssembly, @neslinesli93/qpdf-wasm) so that it takes about a
 * third of the space Typst's own output takes: Typst writes each object on its own and compresses at a
 * fast level. Fails with qpdf's messages if qpdf cannot read the file.
 */
export async function compactPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const errors: string[] = [];
  const qpdf = (await createQpdf({
    locateFile: () => require.resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm'),
    // qpdf says nothing on success; what it writes to standard error is kept for the failure's message.
    print: () => undefined,
    printErr: (line: string) => errors.push(line),
  } as Parameters<typeof createQpdf>[0])) as unknown as Qpdf;
  qpdf.FS.writeFile('/typst.pdf', pdf);
  const status = qpdf.callMain([...QPDF_ARGS, '/typst.pdf', '/edition.pdf']);
  // 3 is qpdf's "done, with warnings": the file is written.
  if (status !== 0 && status !== 3)
    throw new Error(`qpdf could not recompress the PDF (exit ${status}):\n${errors.join('\n')}`);
  return qpdf.FS.readFile('/edition.pdf');
}
