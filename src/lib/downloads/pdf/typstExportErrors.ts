/**
 * What Typst says when it refuses to export a PDF, one line per error with its hint: the Node compiler
 * throws them as the debug text of its diagnostics (`[SourceDiagnostic { severity: Error, span: …,
 * message: "PDF/UA-1 error: missing alt text", trace: [], hints: ["make sure …"] }]`), whose spans
 * point nowhere a reader can follow. Anything else it throws is given as it is.
 */
export function typstExportErrors(error: unknown): string[] {
  const text = error instanceof Error ? error.message : String(error);
  const errors = [
    ...text.matchAll(/message: "((?:[^"\\]|\\.)*)", trace: \[.*?\], hints: \[(.*?)\] \}/gu),
  ].map(([, message = '', hints = '']) => {
    const hint = [...hints.matchAll(/"((?:[^"\\]|\\.)*)"/gu)].map(([, found]) => found).join('; ');
    return hint ? `${message} (${hint})` : message;
  });
  return errors.length > 0 ? errors.map((line) => line.replaceAll('\\"', '"')) : [text];
}
