import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * A PDF read as far as its tests need what poppler's tools do not print (the language marks of marked
 * content, which font sets which text, the catalog): its objects by number, each with its dictionary
 * (or other value) as text and its stream decoded when it has one. Objects kept in object streams, as
 * compressed PDFs keep most, are read out of them.
 */
export interface PdfObject {
  value: string;
  stream: string | undefined;
}

const inflated = (bytes: Uint8Array) => {
  try {
    return inflateSync(bytes).toString('latin1');
  } catch {
    return undefined;
  }
};

export function pdfObjects(pdf: string | Uint8Array): Map<number, PdfObject> {
  const bytes = typeof pdf === 'string' ? readFileSync(pdf) : Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) \d+ obj\b/gu;
  for (let found = header.exec(text); found; found = header.exec(text)) {
    const from = found.index + found[0].length;
    const end = text.indexOf('endobj', from);
    const streamAt = /\bstream\r?\n/u.exec(text.slice(from, end));
    if (!streamAt) {
      objects.set(Number(found[1]), { value: text.slice(from, end).trim(), stream: undefined });
      continue;
    }
    const value = text.slice(from, from + streamAt.index).trim();
    const start = from + streamAt.index + streamAt[0].length;
    const length = /\/Length (\d+)\b(?!\s+\d+\s+R)/u.exec(value)?.[1];
    const stop = length ? start + Number(length) : text.indexOf('endstream', start);
    const data = bytes.subarray(start, stop);
    const stream = /\/FlateDecode/u.test(value) ? inflated(data) : data.toString('latin1');
    objects.set(Number(found[1]), { value, stream });
    header.lastIndex = text.indexOf('endobj', stop);
  }
  // The objects an object stream holds: a header of number and offset pairs, then the objects.
  for (const { value, stream } of [...objects.values()]) {
    if (!/\/Type\s*\/ObjStm/u.test(value) || stream === undefined) continue;
    const first = Number(/\/First (\d+)/u.exec(value)?.[1]);
    const pairs = stream.slice(0, first).trim().split(/\s+/u).map(Number);
    for (let i = 0; i < pairs.length; i += 2) {
      const end = i + 3 < pairs.length ? first + (pairs[i + 3] ?? 0) : stream.length;
      const body = stream.slice(first + (pairs[i + 1] ?? 0), end).trim();
      objects.set(pairs[i] ?? 0, { value: body, stream: undefined });
    }
  }
  return objects;
}

/** The object numbers a value refers to (`12 0 R`), in order. */
const references = (value: string) => [...value.matchAll(/(\d+) \d+ R/gu)].map(([, n]) => Number(n));

/** The value of a key of a dictionary, resolved when it refers to another object: `/Font << … >>` or `/Font 12 0 R`. */
function entry(objects: Map<number, PdfObject>, dictionary: string, key: string): string | undefined {
  const at = new RegExp(`/${key}\\s*`, 'u').exec(dictionary);
  if (!at) return undefined;
  const rest = dictionary.slice(at.index + at[0].length);
  const reference = /^(\d+) \d+ R/u.exec(rest);
  if (reference) return objects.get(Number(reference[1]))?.value;
  if (!rest.startsWith('<<')) return /^[^/\s>]+|^\/\w+/u.exec(rest)?.[0];
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i += 1) {
    if (rest.startsWith('<<', i)) [depth, i] = [depth + 1, i + 1];
    else if (rest.startsWith('>>', i)) [depth, i] = [depth - 1, i + 1];
    if (depth === 0) return rest.slice(0, i + 1);
  }
  return undefined;
}

/** The catalog's dictionary: the document's language (`/Lang`), its structure tree, its outline. */
export function pdfCatalog(objects: Map<number, PdfObject>): string {
  const catalog = [...objects.values()].find(({ value }) => /\/Type\s*\/Catalog\b/u.test(value));
  if (!catalog) throw new Error('The PDF has no catalog.');
  return catalog.value;
}

/** The items of an array value (`[1 << /Type /MCR … >> 12 0 R]`), or the value itself when it is not one. */
function items(value: string): string[] {
  const inner = value.trim().startsWith('[') ? value.trim().slice(1, -1) : value;
  return [...inner.matchAll(/<<(?:[^<>]|<<[^<>]*>>)*>>|\d+\s+\d+\s+R|\d+/gu)].map(([item]) => item);
}

/**
 * The language the structure tree gives each marked content, by page object and MCID: the `/Lang` of
 * the structure element that holds it or of its nearest ancestor that has one.
 */
function structureLanguages(objects: Map<number, PdfObject>): Map<string, string> {
  const languages = new Map<string, string>();
  const elementLanguage = (n: number, seen = 0): string | undefined => {
    const value = objects.get(n)?.value ?? '';
    const own = /\/Lang\s*\(([^)]*)\)/u.exec(value)?.[1];
    const parent = /\/P\s+(\d+) \d+ R/u.exec(value)?.[1];
    return own ?? (parent && seen < 100 ? elementLanguage(Number(parent), seen + 1) : undefined);
  };
  for (const [n, { value }] of objects) {
    if (!/\/Type\s*\/StructElem\b/u.test(value)) continue;
    const language = elementLanguage(n);
    const kids = /\/K\s*(\[(?:[^\[\]])*\]|\d+(?!\s+\d+\s+R)|<<(?:[^<>]|<<[^<>]*>>)*>>)/u.exec(value)?.[1];
    if (!language || kids === undefined) continue;
    const page = /\/Pg\s+(\d+) \d+ R/u.exec(value)?.[1];
    for (const kid of items(kids)) {
      const mcid = /^\d+$/u.test(kid)
        ? kid
        : /\/Type\s*\/MCR/u.test(kid)
          ? /\/MCID\s+(\d+)/u.exec(kid)?.[1]
          : undefined;
      const on = /\/Pg\s+(\d+) \d+ R/u.exec(kid)?.[1] ?? page;
      if (mcid !== undefined && on) languages.set(`${on} ${mcid}`, language);
    }
  }
  return languages;
}

/**
 * Each page's text by its language, as a reader of the tagged PDF resolves it: the language of the
 * innermost marked content that names one (`/Span <</MCID 6 /Lang (zh)>> BDC`), else of the structure
 * element that holds the marked content (or its nearest ancestor with one), else the document's
 * (`/Lang` in the catalog); and for each language, the fonts (`NotoSerifSC-Regular`) that set text in it.
 */
export function fontsByLanguage(objects: Map<number, PdfObject>): Map<string, Set<string>>[] {
  const documentLanguage = /\/Lang\s*\(([^)]*)\)/u.exec(pdfCatalog(objects))?.[1] ?? 'none';
  const structure = structureLanguages(objects);
  const pages = [...objects].filter(([, { value }]) => /\/Type\s*\/Page\b/u.test(value));
  return pages.map(([page, { value }]) => {
    const resources = entry(objects, value, 'Resources') ?? '';
    const fontNames = new Map(
      [...(entry(objects, resources, 'Font') ?? '').matchAll(/\/(\S+?)\s+(\d+) \d+ R/gu)].map(
        ([, name, n]) => [
          name,
          /\/BaseFont\s*\/(?:[A-Z]{6}\+)?(\S+)/u.exec(objects.get(Number(n))?.value ?? '')?.[1] ??
            `unknown ${n}`,
        ],
      ),
    );
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ \d+ R)/u.exec(value)?.[1] ?? '';
    const content = references(contents)
      .map((n) => objects.get(n)?.stream ?? '')
      .join('\n');
    return languagesOf(content, {
      font: (name) => fontNames.get(name) ?? `unknown ${name}`,
      marked: (mcid) => structure.get(`${page} ${mcid}`),
      document: documentLanguage,
    });
  });
}

function languagesOf(
  content: string,
  resolve: {
    font: (resource: string) => string;
    marked: (mcid: string) => string | undefined;
    document: string;
  },
): Map<string, Set<string>> {
  const fonts = new Map<string, Set<string>>();
  const open: (string | undefined)[] = [];
  // Read left to right, strings (the glyph codes that text operators show) are read whole and skipped,
  // so no glyph code can read as an operator.
  const tokens =
    /\/\w+\s*<<(?<properties>(?:[^<>]|<[^<>]*>)*)>>\s*BDC|\/\w+\s+BMC|\bEMC\b|\/(?<font>[^\s/]+)\s+[\d.]+\s+Tf|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>/gsu;
  for (const found of content.matchAll(tokens)) {
    const { properties = '', font } = found.groups ?? {};
    if (found[0].endsWith('BDC')) {
      const mcid = /\/MCID\s+(\d+)/u.exec(properties)?.[1];
      open.push(/\/Lang\s*\(([^)]*)\)/u.exec(properties)?.[1] ?? (mcid ? resolve.marked(mcid) : undefined));
    } else if (found[0].endsWith('BMC')) open.push(undefined);
    else if (found[0] === 'EMC') open.pop();
    else if (font) {
      const language = open.findLast((lang) => lang !== undefined) ?? resolve.document;
      fonts.set(language, (fonts.get(language) ?? new Set()).add(resolve.font(font)));
    }
  }
  return fonts;
}

/** Each page's content streams, decoded and joined. */
function pageContents(objects: Map<number, PdfObject>): string[] {
  return [...objects.values()]
    .filter(({ value }) => /\/Type\s*\/Page\b/u.test(value))
    .map(({ value }) => {
      const contents = /\/Contents\s*(\[[^\]]*\]|\d+ \d+ R)/u.exec(value)?.[1] ?? '';
      return references(contents)
        .map((n) => objects.get(n)?.stream ?? '')
        .join('\n');
    });
}

/**
 * What the pages draw besides text: each painted path (a rule, a line, a box) and each image or form
 * drawn (`Do`), and whether it lies in marked content that tags it as an artifact, a decoration that
 * assistive technology passes over, rather than as content, which would need a text alternative.
 */
export function drawings(objects: Map<number, PdfObject>): { operator: string; artifact: boolean }[] {
  const found: { operator: string; artifact: boolean }[] = [];
  const tokens =
    /\/(?<tag>\w+)\s*<<(?:[^<>]|<[^<>]*>)*>>\s*BDC|\/(?<plain>\w+)\s+BMC|\bEMC\b|(?<=\s)(?<paint>S|s|f\*?|F|B\*?|b\*?|sh|Do)(?=\s)|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>/gsu;
  for (const content of pageContents(objects)) {
    const open: string[] = [];
    for (const token of ` ${content} `.matchAll(tokens)) {
      const { tag, plain, paint } = token.groups ?? {};
      if (tag ?? plain) open.push(tag ?? plain ?? '');
      else if (token[0] === 'EMC') open.pop();
      else if (paint) found.push({ operator: paint, artifact: open.includes('Artifact') });
    }
  }
  return found;
}
