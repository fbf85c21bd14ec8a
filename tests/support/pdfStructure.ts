import { execFileSync } from 'node:child_process';
import { pdfFile } from './pdfText';

/**
 * An element of a tagged PDF's structure tree as poppler's `pdfinfo -struct-text` prints it: its type
 * (H1, P, Note, Lbl, Link…), its title when it has one (a heading's text), and its children in reading
 * order: elements, runs of text and the annotations (links) it holds.
 */
export interface StructElement {
  type: string;
  title: string | undefined;
  children: (StructElement | { text: string } | { annotation: string })[];
}

const ELEMENT =
  /^(?<type>[A-Za-z][A-Za-z0-9]*)(?: "(?<title>.*)")?(?: <[^>]*>)?(?: \((?:inline|block)\))?:?$/u;

/** The structure tree of a PDF (a file or its bytes), from its root element (Document). */
export function pdfStructure(pdf: string | Uint8Array): StructElement {
  // Poppler warns on stderr about Typst's /Suspects flag (a boolean where it expects a name): not a problem.
  const printed = execFileSync('pdfinfo', ['-struct-text', pdfFile(pdf)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const root: StructElement = { type: '', title: undefined, children: [] };
  // The open elements, each with the indentation of its line: a line belongs to the last one less indented.
  const open: { element: StructElement; indent: number }[] = [{ element: root, indent: -1 }];
  for (const line of printed.split('\n')) {
    const body = line.trimStart();
    if (body === '' || body.startsWith('/')) continue; // attributes (/Placement /Block…)
    const indent = line.length - body.length;
    while ((open.at(-1)?.indent ?? -1) >= indent) open.pop();
    const parent = open.at(-1)?.element ?? root;
    const object = /^Object (\d+) \d+$/u.exec(body);
    const found = ELEMENT.exec(body);
    if (body.startsWith('"')) parent.children.push({ text: body.slice(1, -1) });
    else if (object) parent.children.push({ annotation: object[1] ?? '' });
    else if (found?.groups) {
      const element: StructElement = {
        type: found.groups['type'] ?? '',
        title: found.groups['title'],
        children: [],
      };
      parent.children.push(element);
      open.push({ element, indent });
    } else throw new Error(`pdfinfo -struct-text printed a line this parser does not know: ${line}`);
  }
  const [document] = root.children;
  if (!document || !('type' in document)) throw new Error('The PDF has no structure tree: is it tagged?');
  return document;
}

/** Every element below one, in reading order (depth first), each with its ancestors' types. */
export function descendants(element: StructElement): { element: StructElement; path: string[] }[] {
  return element.children.flatMap((child) =>
    'type' in child
      ? [
          { element: child, path: [element.type] },
          ...descendants(child).map(({ element: e, path }) => ({
            element: e,
            path: [element.type, ...path],
          })),
        ]
      : [],
  );
}

/** The text of an element in reading order, leaving out the subtrees of the types given (notes, labels…). */
export function structText(element: StructElement, without: readonly string[] = []): string {
  return element.children
    .map((child) =>
      'text' in child
        ? child.text
        : 'type' in child && !without.includes(child.type)
          ? structText(child, without)
          : '',
    )
    .join('');
}
