import type { Book, BookEntry, BookSourceNote, Inline, ProseBlock } from '../book';
import { semantics } from './semantics';
import { chinese, escapeXml, mixed, xhtmlDocument } from './xhtml';

/** A content document of the e-book: its file name, its title in the contents, and its XHTML. */
export interface Chapter {
  file: string;
  title: string;
  xhtml: string;
  /** Its headings, for the navigation document. */
  parts: { id: string; title: string }[];
}

/**
 * A document's notes, numbered from 1: each reference is an EPUB noteref, each note an EPUB footnote,
 * written out after the paragraph that refers to it so reading systems can show it there.
 */
class Notes {
  #count = 0;
  #pending: string[] = [];

  /** `prefix` keeps the ids of two sets of notes in one document apart (`c4-note-1`). */
  constructor(private readonly prefix = '') {}

  /** The note mark, in the editors' markup; the note waits for `flush`. */
  refer(body: string): string {
    this.#count += 1;
    const n = this.#count;
    const [note, ref] = [`${this.prefix}note-${n}`, `${this.prefix}ref-${n}`];
    this.#pending.push(
      `<aside ${semantics('footnote')} id="${note}" data-editorial=""><p><a href="#${ref}">${n}.</a> ${body}</p></aside>`,
    );
    return `<a ${semantics('noteref')} id="${ref}" href="#${note}" data-editorial="">${n}</a>`;
  }

  flush(): string {
    const notes = this.#pending.join('\n');
    this.#pending = [];
    return notes;
  }
}

const link = (href: string, text: string) => `<a href="${escapeXml(href)}">${mixed(text)}</a>`;

const sourceNote = (note: BookSourceNote | undefined) =>
  (note?.works ?? []).map((work) => link(`sources.xhtml#source-${work.id}`, work.short)).join('; ') + '.';

function inlines(runs: readonly Inline[], sources: readonly BookSourceNote[], notes: Notes): string {
  return runs
    .map((run) => {
      if (run.kind === 'link') return link(run.href, run.text);
      if (run.kind === 'note') return notes.refer(sourceNote(sources[run.number - 1]));
      const text = run.chinese ? chinese(run.text) : escapeXml(run.text);
      return run.emphasis ? `<em>${text}</em>` : text;
    })
    .join('');
}

/** The source's notices, quoted as it prints them: its words, never marked as the editors'. */
const notices = (lines: readonly string[]) =>
  `<blockquote class="notices">\n${lines.map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}\n</blockquote>`;

/**
 * The editors' prose: its headings (with ids for the contents), paragraphs and lists, notes after each.
 * In a document that is theirs the section around it says so; `markEach` marks each block instead, for
 * prose that quotes the source's notices (About this edition).
 */
function prose(
  blocks: readonly ProseBlock[],
  sources: readonly BookSourceNote[],
  notes: Notes,
  {
    parts = [],
    level = 2,
    markEach = false,
  }: { parts?: Chapter['parts']; level?: number; markEach?: boolean } = {},
): string {
  const mark = markEach ? ' data-editorial=""' : '';
  return blocks
    .map((block) => {
      if (block.kind === 'notices') return notices(block.lines);
      if (block.kind === 'heading') {
        const id = `part-${parts.length + 1}`;
        parts.push({ id, title: block.text });
        return `<h${level} id="${id}"${mark}>${mixed(block.text)}</h${level}>`;
      }
      const html =
        block.kind === 'paragraph'
          ? `<p${mark}>${inlines(block.inlines, sources, notes)}</p>`
          : `<ul${mark}>${block.items.map((item) => `<li>${inlines(item, sources, notes)}</li>`).join('')}</ul>`;
      return [html, notes.flush()].filter(Boolean).join('\n');
    })
    .join('\n');
}

/** An entry's Chinese and pinyin after its term, where a source confirms them. */
const entryChinese = (entry: BookEntry) =>
  entry.chinese ? ` ${chinese(entry.chinese)} <i>${escapeXml(entry.pinyin ?? '')}</i>` : '';

function titlePage(book: Book): Chapter {
  const { speech, version } = book;
  return {
    file: 'title.xhtml',
    title: 'Title page',
    parts: [],
    xhtml: xhtmlDocument(
      speech.title,
      `<section ${semantics('titlepage')} class="title-page">
<p class="label" data-editorial="">${escapeXml(book.name)}</p>
<h1 class="speech-title">${escapeXml(speech.title)}</h1>
<p class="date-line">${escapeXml(speech.dateLine)}</p>
<p data-editorial="">${escapeXml(speech.speaker)}</p>
<p data-editorial=""><b>Version ${escapeXml(version.number)}</b> · ${escapeXml(version.dateLabel)}<br/>${book.url ? link(book.url, book.url) : escapeXml(book.withoutSite ?? '')}</p>
<div class="small" data-editorial="">
${prose(book.titlePage, [], new Notes())}
</div>
</section>
<section>
<h2 data-editorial="">About this edition</h2>
${prose(book.about, [], new Notes(), { level: 3, markEach: true })}
</section>`,
    ),
  };
}

function introduction(book: Book): Chapter {
  const notes = new Notes();
  const parts: Chapter['parts'] = [];
  const body = prose(book.introduction.blocks, book.introduction.notes, notes, { parts });
  return {
    file: 'introduction.xhtml',
    title: book.introduction.title,
    parts,
    xhtml: xhtmlDocument(
      book.introduction.title,
      `<section ${semantics('introduction')} data-editorial="">
<h1>${mixed(book.introduction.title)}</h1>
<p class="summary">${mixed(book.introduction.summary)}</p>
${body}
</section>`,
    ),
  };
}

function theSpeech(book: Book): Chapter {
  const notes = new Notes();
  const parts: Chapter['parts'] = [];
  const sections = book.sections.map((section, index) => {
    const id = `section-${index + 1}`;
    const title = `${index + 1}. ${section.title}`;
    parts.push({ id, title });
    const paragraphs = section.paragraphs.map((paragraph) => {
      const words = paragraph.runs
        .map((run) =>
          run.kind === 'words'
            ? escapeXml(run.text)
            : notes.refer(
                `${link(`glossary.xhtml#entry-${run.entry.id}`, run.entry.term)}${entryChinese(run.entry)}. ${mixed(run.entry.definition)}`,
              ),
        )
        .join('');
      const number = paragraph.url
        ? `<a class="pilcrow" href="${escapeXml(paragraph.url)}" data-editorial="" aria-label="Paragraph ${paragraph.number} on the site">¶${paragraph.number}</a>`
        : `<span class="pilcrow" data-editorial="">¶${paragraph.number}</span>`;
      const commentaryNotes = new Notes(`c${paragraph.number}-`);
      const commentary = prose(paragraph.commentary.blocks, paragraph.commentary.notes, commentaryNotes);
      return `<p class="speech" id="p${paragraph.number}">${number} ${words}</p>
${notes.flush()}
<section class="commentary" id="commentary-${paragraph.number}" data-editorial="" aria-label="Commentary on paragraph ${paragraph.number}">
<p class="label">Commentary on ¶${paragraph.number}</p>
${commentary}
</section>`;
    });
    return `<section aria-labelledby="${id}">
<h2 id="${id}" data-editorial="">${mixed(title)}</h2>
<p class="summary" data-editorial="">${mixed(section.summary)}</p>
${paragraphs.join('\n')}
</section>`;
  });
  const { speech } = book;
  return {
    file: 'speech.xhtml',
    title: 'The speech',
    parts,
    xhtml: xhtmlDocument(
      speech.title,
      `<section ${semantics('bodymatter', 'chapter')}>
<h1 class="speech-title">${escapeXml(speech.title)}</h1>
<p class="date-line">${escapeXml(speech.dateLine)}</p>
<p class="occasion">${escapeXml(speech.occasion)}</p>
${sections.join('\n')}
</section>`,
    ),
  };
}

function glossary(book: Book): Chapter {
  const parts: Chapter['parts'] = [];
  const groups = book.glossary.map((group, index) => {
    const id = `kind-${index + 1}`;
    parts.push({ id, title: group.kind });
    const entries = group.entries.map((entry) => {
      const sources = entry.sources
        .map((s) => {
          const name = `${s.title} (${s.publisher}${s.date ? `, ${s.date}` : ''})`;
          return s.url ? link(s.url, name) : mixed(name);
        })
        .join('; ');
      return `<dt id="entry-${entry.id}"><b>${escapeXml(entry.term)}</b>${entryChinese(entry)}</dt>
<dd><p>${mixed(entry.definition)}</p><p class="small">Sources: ${sources}.${entry.url ? ` On the site: ${link(entry.url, entry.url)}` : ''}</p></dd>`;
    });
    return `<h2 id="${id}">${escapeXml(group.kind)}</h2>\n<dl>\n${entries.join('\n')}\n</dl>`;
  });
  return {
    file: 'glossary.xhtml',
    title: 'Glossary',
    parts,
    xhtml: xhtmlDocument(
      'Glossary',
      `<section ${semantics('glossary')} data-editorial="">\n<h1>Glossary</h1>\n${groups.join('\n')}\n</section>`,
    ),
  };
}

function sources(book: Book): Chapter {
  const works = book.sources.map(
    (work) =>
      `<li id="source-${work.id}"><b>${mixed(work.short)}.</b> ${mixed(work.title)}. ${mixed(work.publisher)}${work.date ? `, ${escapeXml(work.date)}` : ''}.${work.url ? ` ${link(work.url, work.url)}` : ''}</li>`,
  );
  return {
    file: 'sources.xhtml',
    title: 'Sources',
    parts: [],
    xhtml: xhtmlDocument(
      'Sources',
      `<section ${semantics('bibliography')} data-editorial="">
<h1>Sources</h1>
<p>The works the introduction and the commentary cite, by the short name their notes give.</p>
<ul class="sources">\n${works.join('\n')}\n</ul>
</section>`,
    ),
  };
}

function howToCite(book: Book): Chapter {
  const citations = book.citations.map(
    (c) => `<p class="label">${escapeXml(c.style)}</p>\n<p class="citation">${escapeXml(c.text)}</p>`,
  );
  return {
    file: 'cite.xhtml',
    title: 'How to cite',
    parts: [],
    xhtml: xhtmlDocument(
      'How to cite',
      `<section ${semantics('appendix')} data-editorial="">
<h1>How to cite</h1>
<p>Cite the version you read, “${escapeXml(book.version.citedAs)}”, as the citations below do. Every paragraph has a permanent address on the site, given by its number; a paragraph in Chicago style:</p>
<p class="citation">${escapeXml(book.paragraphCitation)}</p>
<p>The whole speech:</p>
${citations.join('\n')}
</section>`,
    ),
  };
}

/** The e-book's content documents, in reading order. */
export const chapters = (book: Book): Chapter[] => [
  titlePage(book),
  introduction(book),
  theSpeech(book),
  glossary(book),
  sources(book),
  howToCite(book),
];
