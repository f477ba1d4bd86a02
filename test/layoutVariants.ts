import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';

/** The same tender written in the layouts and typography drafters use (metamorphic tests: compliant.test.ts, layoutVariants.test.ts). */
const splitBody = (text: string) => {
  const end = text.indexOf('\n---\n', 4) + 5;
  return [text.slice(0, end), text.slice(end)] as const;
};
/** A transformation of the body only (the front-matter is data, not layout). */
const ofBody =
  (transform: (body: string) => string) =>
  (text: string): string => {
    const [front, body] = splitBody(text);
    return front + transform(body);
  };

/** A line of prose: not a table's, code's, HTML's, heading's, quote's or rule's, and no columns aligned with spaces (pandoc's tables). */
/**
 * A block's lines joined by `join` (a paragraph's lines put on one line, or ended with a line break), but not a table's:
 * a block holding a GFM delimiter row, with or without its outer pipes (« ---|--- »), is rows, whatever its lines open with.
 */
const joinedOutsideTables = (body: string, join: (block: string) => string) =>
  body
    .split(/(\n{2,})/)
    .map((block) => (block.split('\n').some((line) => /^\|?:?-+:?(?:\|:?-+:?)+\|?$/.test(line.replaceAll(' ', ''))) ? block : join(block)))
    .join('');

const PROSE_LINE = /^(?!\s*(?:[|+<#>]|```|~~~|[-=*_]{3}))(?!.*\S {2,}\S)/;
/**
 * A paragraph or list item's line broken before `width` columns at spaces, as an editor's hard wrap does; other blocks
 * left as they are. With `hyphenate`, as a text copied from a justified PDF: a compound word may break after its own
 * hyphen (« celle-↵ci », « non-↵conforme »), and a word that does not fit is broken between two syllables with a
 * hyphen added (« soumis-↵sion », « presta-↵taire »).
 */
function wrapProse(body: string, width: number, hyphenate = false): string {
  return body
    .split(/(\n{2,})/)
    .map((block) => {
      const lines = block.split('\n');
      if (!lines.every((line) => PROSE_LINE.test(line) && !/^ {2,}(?![-*+] |\d+[.)] )\S/.test(line))) return block;
      return lines.map((line) => wrapLine(line, width, hyphenate)).join('\n');
    })
    .join('');
}
function wrapLine(line: string, width: number, hyphenate: boolean): string {
  if (line.length <= width) return line;
  const lead = /^\s*(?:[-*+] |\d+[.)] )?/.exec(line)![0];
  const indent = ' '.repeat(lead.length);
  const lines: string[] = [];
  let current = '';
  for (const word of line.slice(lead.length).split(' ')) {
    const room = width - (lines.length === 0 ? lead : indent).length - current.length - 1;
    if (current !== '' && word.length > room) {
      const broken = hyphenate ? hyphenated(word, room) : undefined;
      let [ending, next] = broken === undefined ? [current, word] : [`${current} ${broken[0]}`, broken[1]];
      // A line opening with « + » or « 2. » would be a list item (« prix / (1↵+ K × … »): the word before goes with it.
      if (/^(?:[-+*]|\d+[.)])$/.test(next) && ending.includes(' ')) {
        const last = ending.lastIndexOf(' ');
        [ending, next] = [ending.slice(0, last), `${ending.slice(last + 1)} ${next}`];
      }
      lines.push((lines.length === 0 ? lead : indent) + ending);
      current = next;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push((lines.length === 0 ? lead : indent) + current);
  return lines.join('\n');
}

const VOWEL = /[aeiouyàâäéèêëîïôöùûüœæ]/i;
/** Two consonants that open a syllable together, which a hyphenator does not part (« ch », « pr », « bl »). */
const ONSET = /^(?:[bcdfgkptv][lr]|ch|ph|th|gn|qu)$/i;
/**
 * A word broken to end a line in `room` columns, as its two parts: after its own hyphen, or before a syllable with a
 * hyphen added (« soumis- » and « sion »: two letters before at least, three after). A word holding Markdown, a digit
 * or other marks is not broken.
 */
function hyphenated(word: string, room: number): [string, string] | undefined {
  const compound = word.lastIndexOf('-', room - 1);
  if (compound > 0 && /^\p{L}+(?:-\p{L}+)+[,.;:]?$/u.test(word)) return [word.slice(0, compound + 1), word.slice(compound + 1)];
  const elided = /^(?:\p{L}+['’])?(?=\p{L}{5})/u.exec(word);
  if (elided === null || !/^[\p{L}'’]+[,.;:]?$/u.test(word)) return undefined;
  for (let cut = Math.min(room - 1, word.length - 3); cut >= elided[0].length + 2; cut--) {
    const [before, at, next, afterNext] = [word[cut - 1], word[cut], word[cut + 1], word[cut + 2] ?? ''];
    const opens = !VOWEL.test(at) && (VOWEL.test(next) || (ONSET.test(at + next) && VOWEL.test(afterNext)));
    if (opens && (VOWEL.test(before) || !ONSET.test(before + at)) && VOWEL.test(word.slice(elided[0].length, cut))) {
      return [`${word.slice(0, cut)}-`, word.slice(cut)];
    }
  }
  return undefined;
}

/** A line that holds a nested list's item or a table's row: a list item holding one is kept as it is. */
const NESTED_BLOCK = /^\s+(?:[-*+]|\d+[.)]) |^\s*\|/;
/**
 * Each list of `- ` items at the document's level written as lines that open with another mark, the `rank`th
 * entry's (0-based), or `undefined` past the marks there are: a letter, as pandoc's Markdown writes a lettered
 * list and drafters type one in plain text (« a) … », « b) … »), or a bullet glyph, as a list pasted from Word
 * or typed in plain text (« • … »); no list markup, so CommonMark reads the lines as one paragraph.
 * Continuation lines stay under their entry; blank lines between items go (the entries are consecutive lines).
 * With `perParagraph`, each entry is a paragraph of its own, as pandoc converts a Word list lettered by hand
 * (`a\) …`, a blank line, `b\) …`). A list whose items hold a nested list or a table, or that has more items
 * than marks, is kept as it is.
 */
const listsMarked =
  (markOf: (rank: number) => string | undefined, perParagraph = false) =>
  (body: string): string => {
    const lines = body.split('\n');
    const out: string[] = [];
    for (let at = 0; at < lines.length;) {
      if (!lines[at].startsWith('- ')) {
        out.push(lines[at++]);
        continue;
      }
      // The list: its items, their continuation lines (indented or lazy), blank lines followed by another item.
      let end = at + 1;
      while (end < lines.length) {
        const line = lines[end];
        if (line.trim() === '') {
          if (lines[end + 1]?.startsWith('- ')) end++;
          else break;
        } else if (/^[#|>]|^```/.test(line)) break;
        else end++;
      }
      const list = lines.slice(at, end).filter((line) => line.trim() !== '');
      const items = list.filter((line) => line.startsWith('- ')).length;
      if (markOf(items - 1) === undefined || list.some((line) => NESTED_BLOCK.test(line))) out.push(...lines.slice(at, end));
      else {
        // A table's row would take the first entry for one of its rows; a paragraph of its own follows a blank line.
        if (out.length && (perParagraph ? out[out.length - 1].trim() !== '' : out[out.length - 1].startsWith('|'))) out.push('');
        let rank = 0;
        for (const line of list) {
          const entry = line.startsWith('- ');
          if (entry && perParagraph && rank > 0) out.push('');
          out.push(entry ? `${markOf(rank++)} ${line.slice(2)}` : perParagraph ? line.trim() : line);
        }
      }
      at = end;
    }
    return out.join('\n');
  };

/** The `rank`th entry's letter mark (« a) », « b) »…), 0-based, or `undefined` past the alphabet. */
const letter = (rank: number) => (rank < 26 ? `${String.fromCharCode(0x61 + rank)})` : undefined);

/**
 * Each heading element on a line of its own (a web page's `<h3>Garantie d&rsquo;ex&eacute;cution</h3>`) as an ATX heading of
 * its depth, its text plain: the layouts that retype titles retype them all, as a drafter who types titles so does; a
 * heading left as an element at its depth would no longer be within a title typed above it.
 */
const atxHeadings = (body: string) =>
  body.replace(
    /^<h([1-6])(?:\s[^<>\n]*)?>([^\n]+?)<\/h\1>[ \t]*$/gim,
    (_heading, depth: string, title: string) => `\n${'#'.repeat(Number(depth))} ${unescapeAll(title.replace(/<[^<>]*>/g, '')).trim()}\n`,
  );

/**
 * Each ATX heading written another way, given its marks and its title; a blank line goes around it, as a
 * title written otherwise cannot interrupt a paragraph (a heading element first written as one: atxHeadings).
 */
const rewriteHeadings = (body: string, write: (marks: string, title: string) => string | undefined) =>
  atxHeadings(body).replace(/^(#{1,6}) ([^\n]+)$/gm, (heading, marks: string, title: string) => {
    const written = write(marks, titleOf(title));
    return written === undefined ? heading : `\n${written}\n`;
  });

/**
 * A heading's title, without its closing marks and pandoc's attributes (`{#sec:rules .unnumbered}`): a converter that
 * writes the title otherwise (a line in bold, an HTML element) drops them, as they are a heading's only.
 */
const titleOf = (heading: string) =>
  heading
    .replace(/ #+ *$/, '')
    .replace(/\s*\{[#.][^{}\n]*\}\s*$/, '')
    .trim();

/** A title closed by `closing`, unless punctuation closes it already (« Qui peut soumissionner? »). */
const closedBy = (title: string, closing: string) => (/[.:?!]$/.test(title) ? title : title + closing);

/** Each paragraph of one line that is a sentence (a capital, a period, no markup) written in bold. */
const stressedSentences = (body: string) =>
  body
    .split(/(\n{2,})/)
    .map((block) => (/^[\p{Lu}«][^\n*_#|<>[\]`]{10,115}\.$/u.test(block) ? `**${block}**` : block))
    .join('');

/** « être », « devoir », « pouvoir » and English « is / are / must » in the future (French elisions kept). */
const FUTURE: Record<string, string> = { est: 'sera', sont: 'seront', doit: 'devra', doivent: 'devront', peut: 'pourra', peuvent: 'pourront' };
const inTheFuture = (body: string) =>
  body
    // « n'est » first: « est » alone would leave « n'sera ».
    .replace(/\b([nN])['’]est\b/g, '$1e sera')
    .replace(/\b(?:est|sont|doit|doivent|peut|peuvent)(?= )/g, (verb) => FUTURE[verb])
    .replace(/\b(?:is|are)(?= )/g, 'will be')
    .replace(/\bmust\b/g, 'shall');

/**
 * « devoir » before its verb written « avoir l'obligation de » (which agrees with no gender), in the same person and
 * tense, « de » elided before a vowel: not in a question (« Que doit contenir… ») nor negated (« ne doit pas »).
 */
const OBLIGATION: Record<string, string> = { doit: "a l'obligation", doivent: "ont l'obligation", devra: "aura l'obligation", devront: "auront l'obligation" };
const obligationPeriphrasis = (body: string) =>
  body.replace(
    /(?<!\b(?:[Nn]e|[Qq]ue|[Qq]u['’]|[Nn]['’]) ?)\b(doit|doivent|devra|devront) (?=(\p{Ll}))/gu,
    (_modal, modal: string, next: string) => `${OBLIGATION[modal]} ${/[aeiouyhàâéèêîôû]/.test(next) ? 'd’' : 'de '}`,
  );
/**
 * "must" before its verb written "will be required to", which agrees with any subject: not in a question ("What must a
 * tender contain?"), nor negated ("must not").
 */
const requiredTo = (body: string) =>
  body.replace(
    /\bmust (?!not\b|a\b|an\b|the\b|each\b|every\b|your\b|our\b|i\b|you\b|we\b|it\b|they\b|he\b|she\b|this\b|these\b)(?=\p{Ll})/gu,
    'will be required to ',
  );

/**
 * Each heading of a topic whose section opens with a paragraph of prose (a capital first) written at that paragraph's
 * start, in bold, closed by a period. Drafters run in a clause's title, not a part's (« AVIS », « SECTION B »,
 * « Documents d'appel d'offres »), nor the call's own (a `#` heading). A title that holds a test's marker keeps it.
 */
const runInTitles = (body: string) =>
  body.replace(/^#{2,6} ([^\n]+)\n\n(?=\p{Lu}[^\n|]*$)/gmu, (heading: string, title: string) =>
    PART_TITLE.test(title) || title.includes('<!--') ? heading : `**${closedBy(titleOf(title), '.')}** `,
  );
/** A part's title: its section holds others. */
const PART_TITLE =
  /^(?:[\divxlc]+[.)]?\s)?\W*(?:partie|part|section|chapitre|chapter|titre|avis|notice|appel d['’]offres|call for tenders|documents d['’]appel d['’]offres|tender documents|annexe|annex|appendix|schedule|instructions|régie|devis|contrat|contract)\b/iu;

/**
 * A paragraph's block, as pandoc writes one paragraph of a Word document: text opening in the first column, not a
 * heading's, list's, table's, HTML's, code's, quote's, rule's or footnote's, no columns aligned with spaces.
 */
const PARAGRAPH_BLOCK = /^(?![\s|+<#>]|```|~~~|[-=*_]{3}|[-*] |\d+[.)] |[a-z][.)] |\[\^)(?![\s\S]*\S {2,}\S)/i;

/** Each paragraph's block of the body written by `write`; other blocks (and the blank lines between) as they are. */
const rewriteParagraphs = (body: string, write: (paragraph: string) => string) =>
  body
    .split(/(\n{2,})/)
    .map((block) => (block.trim() !== '' && PARAGRAPH_BLOCK.test(block) ? write(block) : block))
    .join('');

/** A title that has a number of its own (« 2.1 », « IV – », « SECTION B », « ARTICLE 12 », « § 3 », « a) »). */
const OWN_NUMBER = /^(?:\d|[ivxlc]+[.)\s–—-]|(?:section|partie|part|article|chapitre|chapter|annexe|annex|schedule|appendix|titre|§)\b|[a-z][.)] )/i;

/**
 * Each heading written as a plain line after its section's number, as a text copied from a PDF or typed in plain text has
 * it once the title's bold and size are lost: « 2.1 Contrat à signer » (`separator` after the number: « 2.1. », « 3 | »; with
 * `notFirstLevel`, a blank after a number of one level).
 * A title's own number gives way to the one the numbering writes. With `textBelow`, the blank line
 * under the title is lost too, and its text follows on the next line.
 */
const plainNumberedTitles =
  ({
    separator,
    textBelow = false,
    notFirstLevel = false,
    capitals = false,
  }: {
    separator: string;
    textBelow?: boolean;
    notFirstLevel?: boolean;
    capitals?: boolean;
  }) =>
  (text: string): string => {
    const counts: number[] = [];
    const body = atxHeadings(text);
    return body.replace(/^(#{1,6}) ([^\n]+)\n(\n?)/gm, (heading: string, marks: string, written: string, blank: string, at: number) => {
      const next = body.charAt(at + heading.length);
      const title = written
        .replace(/ #+ *$/, '')
        .trim()
        .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+/, '');
      counts.length = marks.length;
      counts[marks.length - 1] = (counts[marks.length - 1] ?? 0) + 1;
      const number = Array.from(counts, (count) => count ?? 1).join('.');
      const line = `${number}${notFirstLevel && marks.length === 1 ? ' ' : separator}${capitals ? title.toUpperCase() : title}`;
      // Only prose follows on the next line: a table, a list or a quote under a title keeps the blank line before it.
      return `\n${line}\n${textBelow && /\p{L}/u.test(next) ? '' : blank || '\n'}`;
    });
  };

/**
 * A paragraph on one line, as a word processor and a web page hold it and their converters write it; a line that
 * opens with a label in bold (a field typed on a line of its own) and a line of an item's after a line break, which
 * they write `  `. A table's border (`+---+`), a definition or a caption (`: …`) and a fence (`:::`) are no paragraph's lines.
 */
const paragraphsOnOneLine = (body: string) =>
  joinedOutsideTables(body, (block) =>
    block.replace(/([^\n|])\n(?=[^#|\-\d\s>*+:])/g, '$1 ').replace(/([^\n|])\n(?=\*\*|[ \t]+(?![-*+] |\d+[.)] )[^\s|])/g, '$1  \n'),
  );

/** What a converter writes as it is in text: comments, tags, code, escapes already there, URLs, e-mail addresses. */
const VERBATIM = /<!--[\s\S]*?-->|<\/?[a-z][^<>\n]*>|`[^`\n]*`|\\[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]|https?:\/\/[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** A block no escape goes in: code, HTML, a pandoc table (an escape would move its columns). */
const VERBATIM_BLOCK = /^\s*(?:```|~~~|<(?!!--.*-->$))|^\s*\+[-=:+]+\+\s*$|^\s*-{3,}(?: +-{3,})+\s*$/m;

/** The block marks a line's text follows: a heading's, an item's, a quote's, a definition's. */
const LINE_MARKS = /^[ \t]*(?:(?:#{1,6}|[-*+:]|\d+[.)])[ \t]+|>[ \t]?)?/;

/**
 * The text of each line written by `escape` (past its marks; a table's cells unless `cells` is false), outside
 * VERBATIM pieces; `opening` for the piece that opens a paragraph's, an item's, a heading's or a cell's text, where a
 * converter escapes what would open a block.
 */
const escapedText =
  (escape: (text: string, opening: boolean) => string, cells = true) =>
  (body: string) =>
    body
      .split(/(\n{2,})/)
      .map((block) =>
        VERBATIM_BLOCK.test(block)
          ? block
          : block
              .split('\n')
              .map((line, rank) => {
                if (/^\s*(?:[-=*_]{3,}|:::.*)$/.test(line) || (/^[\s>:|-]*$/.test(line) && line.includes('---'))) return line;
                // A table's row, also in a quote (« > | … | »).
                if (/^(?:> ?)*\|/.test(line)) return cells ? line.replace(/(?<=\|)[^|]+(?=\|)/g, (cell) => textOf(cell, escape, true)) : line;
                const marks = LINE_MARKS.exec(line)![0];
                return marks + textOf(line.slice(marks.length), escape, rank === 0 || marks.trim() !== '');
              })
              .join('\n'),
      )
      .join('');
function textOf(text: string, escape: (text: string, opening: boolean) => string, opens: boolean): string {
  let out = '';
  let from = 0;
  for (const piece of text.matchAll(VERBATIM)) {
    out += escape(text.slice(from, piece.index), opens && from === 0) + piece[0];
    from = piece.index + piece[0].length;
  }
  return out + escape(text.slice(from), opens && from === 0);
}

/** A title's words and the test's marker after them (an inline `<!-- expect: … -->`), if any. */
function titleAndMarker(text: string): [string, string] {
  const at = text.indexOf('<!--');
  return at === -1 ? [titleOf(text), ''] : [titleOf(text.slice(0, at)), ` ${text.slice(at)}`];
}

/** Each ATX heading written another way, given its marks, its title and a test's marker after it (or ''). */
const rewriteTitles = (body: string, write: (marks: string, title: string, marker: string) => string | undefined) =>
  body.replace(/^(#{1,6}) (.+)$/gm, (heading, marks: string, text: string) => write(marks, ...titleAndMarker(text)) ?? heading);

/**
 * A draft's CriticMarkup review accepted (deletions and comments gone, insertions and a substitution's new side kept, a
 * line left empty gone), as a word processor's converters write a document under review: its marks are the document's
 * tracked changes or suggestions, not typed text (mammoth reads a Word document's insertions and drops its deletions,
 * pandoc accepts them by default), and CriticMarkup typed as text would be escaped (`{\+\+`, `~\>`).
 */
const reviewAccepted = (body: string) =>
  body
    .replace(/\{--[\s\S]*?--\}|\{>>[\s\S]*?<<\}/g, '\0')
    .replace(/\{~~[\s\S]*?~>([\s\S]*?)~~\}/g, (_mark, accepted: string) => accepted.trim())
    .replace(/\{(?:\+\+|==)([\s\S]*?)(?:\+\+|==)\}/g, (_mark, accepted: string) => accepted.trim())
    .split('\n')
    .filter((line) => !line.includes('\0') || line.replaceAll('\0', '').trim() !== '')
    .map((line) => line.replace(/[ \t]*\0/g, ''))
    .join('\n');

/**
 * Google Docs' Markdown (File → Download → Markdown, « Copy as Markdown »), as its exports show: a title's runs in
 * bold (`## **Garantie de soumission**`), its opening number escaped (`## **2\. Conditions**`); in text `\&`, `\+`, `\=`,
 * `\<`, `\>`, `\#`, `\_`, `\[`, `\]`, a hyphen between blanks (`Phase 1 \- Fondation`), a number's closing parenthesis
 * (`(article 2\)`), a text's opening number (`1\. `); items marked `*`, each but a list's last ended by a line break
 * (`  `); a table's delimiter row `| :---- | :---- |`; the suggestions of a document under review accepted (reviewAccepted).
 */
const googleDocs = (draft: string) => {
  const body = reviewAccepted(draft);
  const escaped = escapedText((text, opening) => {
    const out = text
      // An entity the exporter wrote (« 14&nbsp;h ») is its own output, not a typed « & »
      .replace(/[+=<>#_[\]]|&(?!#?\w+;)/g, '\\$&')
      .replace(/(?<!\S)-(?=\s)/g, '\\-')
      .replace(/(?<=(?:^|\s)\d+)\)/g, '\\)');
    return opening ? out.replace(/^(\s*\d+)\.(?=\s)/, '$1\\.') : out;
  })(paragraphsOnOneLine(body));
  const lines = rewriteTitles(escaped, (marks, title, marker) => (title.includes('**') ? undefined : `${marks} **${title}**${marker}`)).split('\n');
  return lines
    .map((line, at) => {
      if (line.startsWith('|') && /^[\s:|-]*$/.test(line) && line.includes('---')) return `|${' :---- |'.repeat(line.split('|').length - 2)}`;
      const item = /^(\s*)(?:[-*+]|(\d+)[.)]) (.*)$/.exec(line);
      if (!item) return line;
      const more = /^\s*(?:[-*+]|\d+[.)]) /.test(lines[at + 1] ?? '') && !item[3].endsWith('-->');
      return `${item[1]}${item[2] === undefined ? '*' : `${item[2]}.`} ${item[3]}${more ? '  ' : ''}`;
    })
    .join('\n');
};

/**
 * MarkItDown's Markdown of a Word document (mammoth's HTML written by markdownify, ATX titles): `\_` in text, bullets
 * by depth `*`, `+`, `-`, and over each table a header row of empty cells (`|  |  |`), Word not marking the table's
 * first row as its header (markdownify's convert_tr), that row then written as the others are.
 */
const markItDown = (body: string) =>
  escapedText((text) => text.replaceAll('_', '\\_'))(paragraphsOnOneLine(body))
    .replace(/^( *)[-*+] /gm, (_item, indent: string) => `${indent}${'*+-'[Math.floor(indent.length / 2) % 3]} `)
    .split(/(\n{2,})/)
    .map((block) => {
      const [header, delimiter = '', ...rows] = block.split('\n');
      if (!header.startsWith('|') || !delimiter.includes('---') || !/^[\s:|-]*$/.test(delimiter)) return block;
      const columns = delimiter.split('---').length - 1;
      return [`|${'  |'.repeat(columns)}`, `| ${Array<string>(columns).fill('---').join(' | ')} |`, header, ...rows].join('\n');
    })
    .join('');

/** A Python-Markdown block's opener (MkDocs Material): `!!! note "Titre"`, `??? note`, `???+ example`, `=== "Onglet"`; its title. */
const PYTHON_BLOCK_OPENER = /^(?:!!!|\?\?\?\+?|===[!+]?)(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"\n]*)")?[ \t]*$/;

/**
 * A MkDocs Material page's admonitions, collapsible blocks and tabs as its rendered HTML has them, which a converter from
 * the page (Turndown) or from a Word document it was pasted into (pandoc, mammoth) writes: the title a paragraph of its
 * own, the body unindented. No converter writes Python-Markdown's syntax, which the source alone has.
 */
const pythonBlocksRendered = (body: string) => {
  let inBlock = false;
  return body
    .split('\n')
    .flatMap((line) => {
      const opener = PYTHON_BLOCK_OPENER.exec(line);
      if (opener) {
        inBlock = true;
        return opener[1] ? [opener[1]] : [];
      }
      if (inBlock && line.trim() !== '' && !line.startsWith('    ')) inBlock = false;
      return [inBlock ? line.slice(4) : line];
    })
    .join('\n');
};

/**
 * mammoth's own Markdown of a Word document (`--output-format=markdown`): strong `__…__`, every `` ` _ { } [ ] ( ) # +
 * - . ! `` of the text escaped (« 14 h 30\. », « 2026\-03\-19 », « \(ACI\) »), a title's Word bookmark before its
 * words (`## <a id="_Toc190001"></a>Garantie`), nested items indented by tabs, tracked changes accepted (reviewAccepted).
 * Its tables, which it writes as their cells' paragraphs one after the other, stay tables: a grid so written no longer
 * says which weight is whose.
 */
const mammoth = (draft: string) => {
  const body = reviewAccepted(draft);
  let bookmark = 190_000;
  const escaped = escapedText(
    (text) => text.replace(/[`_{}[\]()#+\-.!]/g, '\\$&'),
    false,
  )(paragraphsOnOneLine(body))
    .replace(/\*\*([^*\n]+)\*\*/g, '__$1__')
    .replace(/^ {2,}(?=[-*+] |\d+[.)] )/gm, (indent: string) => '\t'.repeat(Math.ceil(indent.length / 4)));
  return rewriteTitles(escaped, (marks, title, marker) => `${marks} <a id="_Toc${(bookmark += 1)}"></a>${title}${marker}`);
};

/**
 * Turndown's defaults, with which MarkDownload, MarkText, Zotero and CryptPad write a web page or a paste: `#` and `##`
 * titles underlined (setext), deeper ones ATX; items `*   ` and `1.  `, what they hold indented by four; emphasis
 * `_…_`; `\_`, `\[`, `\]`, `` \` `` in text, and at a text's opening `\-`, `\+ `, `\=`, `\# `, `\>`, `1\. `.
 */
const turndown = (body: string) => {
  const escaped = escapedText((text, opening) => {
    const out = text.replace(/[_[\]`]/g, '\\$&');
    return opening ? out.replace(/^(?:[-=>]|\+ |#{1,6} )/, '\\$&').replace(/^(\d+)\.(?= )/, '$1\\.') : out;
  })(paragraphsOnOneLine(body));
  return rewriteTitles(escaped, (marks, title, marker) =>
    marks.length > 2 ? undefined : `\n${title}${marker}\n${(marks === '#' ? '=' : '-').repeat(Math.max(3, title.length))}`,
  )
    .replace(/(?<![*\\\w])\*(?![*\s])([^*\n]+)(?<![*\s\\])\*(?![*\w])/g, '_$1_')
    .split('\n')
    .reduce<{ lines: string[]; list: boolean }>(
      ({ lines, list }, line) => {
        // An item's marker, and the indentation of what items hold, twice as wide.
        const item = /^( *)(?:[-*+]|(\d+)[.)]) /.exec(line);
        if (item) lines.push(`${item[1].repeat(2)}${item[2] === undefined ? '*   ' : `${item[2]}.  `}${line.slice(item[0].length)}`);
        else lines.push(list && /^ +\S/.test(line) ? line.replace(/^ +/, (indent) => indent.repeat(2)) : line);
        return { lines, list: item !== null || (list && /^ +\S/.test(line)) };
      },
      { lines: [], list: false },
    )
    .lines.join('\n');
};

/**
 * A web page saved as Markdown with its HTML left in (a CMS's, a wiki's): `#` and `##` titles as heading elements
 * (`<h2 id="…">…</h2>`), each topic under a `###` title folded in a disclosure as FAQ pages fold them (`<details>`,
 * `<summary>…</summary>`, what it holds, `</details>`); a no-break space written `&nbsp;`, an apostrophe `&rsquo;`, a
 * paragraph's line break `<br>`.
 */
const webPage = (body: string) => {
  const lines = joinedOutsideTables(escapedText((text) => text.replaceAll("'", '&rsquo;').replace(/ (?=[:;?!»$%])|(?<=«) /g, '&nbsp;'))(body), (block) =>
    block.replace(/([^\n|>])\n(?=[^#|\-\d\s>*+:])/g, '$1<br>\n'),
  ).split('\n');
  const out: string[] = [];
  let folded = false;
  for (const line of lines) {
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    const depth = heading?.[1].length ?? 7;
    if (folded && depth <= 3) out.push('', '</details>', '');
    folded &&= depth > 3;
    if (depth > 3) out.push(line);
    else {
      const [title, marker] = titleAndMarker(heading![2]);
      folded = depth === 3;
      out.push(folded ? `<details>\n<summary>${title}</summary>${marker}` : `<h${depth} id="section">${title}</h${depth}>${marker}`);
    }
  }
  return [...out, ...(folded ? ['', '</details>'] : [])].join('\n');
};

/** A GFM table's delimiter row (`|---|:---:|`). */
const DELIMITER_ROW = /^[\s:|]*-[\s:|-]*$/;

/**
 * Each GFM table (a `|` line over a delimiter row, the `|` lines under it) written by `write` from its rows' cells, the
 * delimiter row dropped: a cell that is a test's marker alone (`| 25 % | <!-- expect: … -->`) goes with the cell before
 * it, and every row has the header's cells, as a table copied from Word or a PDF has. `write` returns undefined to keep
 * the table as it is.
 */
const tablesWritten = (write: (rows: string[][]) => string | undefined) => (body: string) => {
  const lines = body.split('\n');
  const out: string[] = [];
  for (let at = 0; at < lines.length;) {
    if (!lines[at].startsWith('|') || !DELIMITER_ROW.test(lines[at + 1] ?? '') || !lines[at + 1].includes('|')) {
      out.push(lines[at++]);
      continue;
    }
    let end = at + 2;
    while (end < lines.length && lines[end].startsWith('|')) end++;
    const rows = [lines[at], ...lines.slice(at + 2, end)].map((line) => {
      const cells = line
        .replace(/^\|/, '')
        .replace(/\|\s*$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|'));
      return cells.reduce<string[]>((kept, cell) => {
        if (kept.length && /^<!--.*-->$/.test(cell)) kept[kept.length - 1] = `${kept[kept.length - 1]} ${cell}`.trim();
        else kept.push(cell);
        return kept;
      }, []);
    });
    const width = Math.max(...rows.map((row) => row.length));
    const written = write(rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
    out.push(...(written === undefined ? lines.slice(at, end) : [written]));
    at = end;
  }
  return out.join('\n');
};

/** Each table's rows as lines of cells separated by tabs, as Word, Excel and most PDF viewers copy a table. */
const tablesAsTabs = tablesWritten((rows) => (rows[0].length < 2 ? undefined : rows.map((row) => row.join('\t')).join('\n')));

/**
 * Each table's rows as lines whose columns are aligned with spaces, without dashes under the header (a PDF's text layer,
 * a plain-text notice): each column as wide as its widest cell and three spaces. A table of one column or of fewer than
 * three lines (a header and one row) is kept: two lines are not told from prose (markdownTree's text tables).
 */
const tablesAlignedWithSpaces = tablesWritten((rows) => {
  if (rows[0].length < 2 || rows.length < 3) return undefined;
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] + 3)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
});

/**
 * The same document in the layouts and typography drafters use: a compliant document stays compliant in
 * every one. Each is a kind of difference between documents, not a wording.
 */
/**
 * A section's heading reduced to its number (« ## 4. Conditions d'admissibilité » → « ## 4. », « ### Article 1 – Objet » →
 * « ### Article 1 », « ### A.2 Terms of performance » → « ### A.2 »), or to « Article N » where it has none, as drafters
 * number sections without titling them: the body alone says what each states. A part's title stays (the notice, the
 * tender documents, a part, an annex: it says where the notice and the documents are), and so does the call's own.
 */
const SECTION_NUMBER = /^(?:(?:article|art\.)\s+)?(?:\d+|[a-z]|[ivx]{1,5})(?:\.[\da-z]+)*[.)]?(?=\s|$)/i;
const PART_HEADING =
  /^(?:[\divxlc]+[.)]?\s)?\W*(?:partie|part|section|chapitre|chapter|titre|avis|notice|appel d['’]offres|call for tenders|documents d['’]appel d['’]offres|tender documents|annexe|annex|appendix|schedule|instructions|régie|conditions de l['’]appel d['’]offres)\b/iu;
const numbersAlone = (body: string) => {
  let rank = 0;
  return rewriteHeadings(body, (marks, title) =>
    marks.length < 2 || PART_HEADING.test(title) || title.includes('<!--') ? undefined : `${marks} ${SECTION_NUMBER.exec(title)?.[0] ?? `Article ${++rank}`}`,
  );
};

/** How many lines of a body a page of the PDF holds (pdfPages). */
const PAGE_LINES = 45;
/** A line where no page break is typed: a table's, a pandoc table's (columns aligned with spaces), HTML, a nested block, a setext underline, a definition. */
const NO_PAGE_BREAK = /^\s*[|+<:~]|\S {2,}\S|^\s+(?:[-*+]|\d+[.)]) |^\s*[-=]{2,}\s*$/;
/**
 * The pages of a text copied from a PDF: every PAGE_LINES lines of the body, wherever that falls (between blocks, inside a
 * paragraph or a list item; not inside a table, code or HTML), the page's footer with its number, then the next page's
 * running header with the call's number and title, the same on every page; the first page's header opens the body,
 * the last page's footer closes it.
 */
const pdfPages = (text: string): string => {
  const [front, body] = splitBody(text);
  const field = (key: string) => new RegExp(`^${key}:[ \\t]*"?([^"\\n]*?)"?[ \\t]*$`, 'm').exec(front)?.[1] ?? '';
  const english = (body.match(/\b(?:the|and|of)\b/g)?.length ?? 0) > (body.match(/\b(?:le|la|les|et|des)\b/g)?.length ?? 0);
  const header = english ? `Tender No. ${field('numero')} — ${field('titre')}` : `Appel d'offres no ${field('numero')} — ${field('titre')}`;
  const lines = body.split('\n');
  const count = Math.ceil(lines.length / PAGE_LINES);
  const out: string[] = [];
  let fence = false;
  let html = false;
  // A pandoc table: a simple one ends at a blank line, a multiline one (opened by a line of dashes) at its closing line.
  let table: 'simple' | 'multiline' | undefined;
  let page = 1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    out.push(line);
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
    if (/^\s*<(?!!--.*-->\s*$)/.test(line)) html = true;
    if (line.trim() === '') html = false;
    if (/^\s*-{10,}\s*$/.test(line)) table = table === 'multiline' ? undefined : 'multiline';
    else if (/^\s*-{3,}(?: +-{3,})+\s*$/.test(line)) table ??= 'simple';
    else if (line.trim() === '' && table === 'simple') table = undefined;
    const next = lines[index + 1];
    if (index + 1 < page * PAGE_LINES || next === undefined || fence || html || table || NO_PAGE_BREAK.test(line) || NO_PAGE_BREAK.test(next)) continue;
    const footer = english ? `Page ${page} of ${count}` : `Page ${page} de ${count}`;
    page++;
    // Between blocks, a paragraph of their own; inside a block, lines of it.
    out.push(...(line.trim() === '' ? [footer, header, ''] : [footer, header]));
  }
  // The first page's header, the last page's footer.
  return `${front}${header}\n\n${out.join('\n').trimEnd()}\n\n${english ? `Page ${page} of ${count}` : `Page ${page} de ${count}`}\n`;
};

export const VARIANTS: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  // Character references keep their names (« 14&nbsp;H »): an exporter writes them, whatever case the text is typed in.
  // TeX math too (`$$P_a = \frac{P_s}{…}$$`, `$K$`): its commands are code, the same in a text typed in capitals; a
  // dollar sign opens math as pandoc reads it (before no space, closed after no space and before no digit), so
  // amounts (« 150 000 $ et 200 000 $ ») are text.
  'body in capitals': ofBody((body) =>
    body.replace(/&#?\w+;|\$\$[^$]+\$\$|\$[^\s$](?:[^$\n]*[^\s$])?\$(?!\d)|[^&$]+|[&$]/g, (part) =>
      (part.startsWith('&') && part.endsWith(';')) || (part.startsWith('$') && part.length > 1) ? part : part.toUpperCase(),
    ),
  ),
  'typographic apostrophes': ofBody((body) => body.replace(/'/g, '’')),
  // Text copied from a PDF keeps its typographic ligatures (« certiﬁcats », « ﬁxée »).
  'ligatures as a PDF keeps them': ofBody((body) => body.replace(/ffi/g, 'ﬃ').replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ')),
  // A block quote's next line keeps its `>` (joined, the marker became text: « où K > est fixé à 20 % »), and a
  // SEAO notice's fields (« **Lieu d'ouverture :** … ») their lines: one per line is what makes them fields. A pandoc
  // grid table's border (`+---+`), its caption and a definition (`: …`), a fenced div's fence (`:::`) are no paragraph's lines.
  'paragraphs on one line': ofBody((body) => joinedOutsideTables(body, (block) => block.replace(/([^\n|])\n(?=[^#|\-\d\s>*+:])/g, '$1 '))),
  'paragraphs wrapped at 56 columns': ofBody((body) => wrapProse(body, 56)),
  // Narrower, as a plain-text notice is: a field's label is wrapped over a line end (« **Date limite de réception des↵soumissions :** »).
  'paragraphs wrapped at 40 columns': ofBody((body) => wrapProse(body, 40)),
  // Copied from a justified PDF: words broken at line ends with a hyphen (« soumis-↵sions »), compounds after their own (« celle-↵ci »).
  'paragraphs copied from a PDF, words hyphenated at line ends': ofBody((body) => wrapProse(body, 60, true)),
  'CRLF line endings': (text) => text.replace(/\n/g, '\r\n'),
  // Word's way: every title a short paragraph set in bold, with no level.
  'headings as lines set in bold': ofBody((body) => rewriteHeadings(body, (_marks, title) => `**${title}**`)),
  // Underlined (setext) headings: a number that opens the title is escaped, or the line would be a list item.
  'headings underlined (setext)': ofBody((body) =>
    rewriteHeadings(body, (marks, title) =>
      marks.length > 2 ? undefined : `${title.replace(/^(\d+)\./, '$1\\.')}\n${(marks === '#' ? '=' : '-').repeat(Math.max(3, title.length))}`,
    ),
  ),
  // Word documents without styles, newspaper notices: every title a short line in capitals.
  'headings as lines in capitals': ofBody((body) => rewriteHeadings(body, (_marks, title) => title.toUpperCase())),
  'headings ending with a colon': ofBody((body) => rewriteHeadings(body, (marks, title) => `${marks} ${title} :`)),
  // A plain-language call's titles open on a pictograph (« ## 📌 Contrat à signer »).
  'headings opening with a pictograph': ofBody((body) => rewriteHeadings(body, (marks, title) => `${marks} 📌 ${title}`)),
  // Word's titles closed as a sentence is: « **Durée du contrat.** », « **Critères d'évaluation :** ».
  'headings as lines in bold closed by a period': ofBody((body) => rewriteHeadings(body, (_marks, title) => `**${closedBy(title, '.')}**`)),
  'headings as lines in bold closed by a colon': ofBody((body) => rewriteHeadings(body, (_marks, title) => `**${closedBy(title, ' :')}**`)),
  // The other way round: a sentence its drafter stressed in bold (« **Les soumissions demeurent valides 90 jours.** »)
  // looks like a title closed by a period; it still states what it says.
  'short paragraphs set in bold': ofBody(stressedSentences),
  // Every heading at one level, as drafters who use only `##` write.
  'headings all at one level': ofBody((body) => body.replace(/^#{1,6} /gm, '## ')),
  // Titles numbered as drafters number them (« 1. », « 1.1 »), where a title has no number of its own.
  'headings numbered': ofBody((body) => {
    const counts: number[] = [];
    return rewriteHeadings(body, (marks, title) => {
      if (OWN_NUMBER.test(title)) return undefined;
      counts.length = marks.length;
      counts[marks.length - 1] = (counts[marks.length - 1] ?? 0) + 1;
      const number = Array.from(counts, (count) => count ?? 1).join('.');
      return `${marks} ${number}${marks.length === 1 ? '.' : ''} ${title}`;
    });
  }),
  // Copied from a PDF or typed in plain text: titles as plain lines after their number (« 2.1 Contrat à signer », « 3 Garantie »,
  // « 2.1. Durée »), then with the text on the next line (« 2.1 Contrat à signer↵Le contrat… »). « 3. Garantie » alone is a
  // list's only entry to CommonMark, which a title in plain words is not told from (markdown.ts).
  'headings as plain lines after their number': ofBody(plainNumberedTitles({ separator: ' ' })),
  'headings as plain lines after their number and a period, under the first level': ofBody(plainNumberedTitles({ separator: '. ', notFirstLevel: true })),
  'headings as plain lines after their number, the text on the next line': ofBody(plainNumberedTitles({ separator: ' ', textBelow: true })),
  // Typed in plain text: the sections' titles in capitals after their number, their text on the next line (« 1. DEVIS↵Le
  // devis… »), which CommonMark reads as lists.
  'headings as numbered lines in capitals, the text on the next line': ofBody(plainNumberedTitles({ separator: '. ', textBelow: true, capitals: true })),
  'headings one level deeper': ofBody((body) => atxHeadings(body).replace(/^(#{1,5}) /gm, '#$1 ')),
  'list items marked with *': ofBody((body) => body.replace(/^(\s*)- /gm, '$1* ')),
  // British and Canadian spellings, as English-speaking Québec bodies write them: « enquiry », « licence », « organisation »,
  // « authorised », « programme », « centre », « labour », « cancelled ». French text holds none of the American forms.
  'British spellings': ofBody((body) =>
    body
      .replace(/\b([Ii])nquir(?=(?:e[ds]?|ies|ing|y)\b)/g, (_, i: string) => (i === 'I' ? 'Enquir' : 'enquir'))
      .replace(/\b([Ll])icens(?=(?:e[ds]?|ing)\b)/g, '$1icenc')
      .replace(/\b([A-Za-z]{3,})iz(?=(?:e[ds]?|ing|ations?|ers?)\b)/g, '$1is')
      .replace(/\b([Pp])rogram(?=s?\b)/g, '$1rogramme')
      .replace(/\b([Cc])enter(?=s?\b)/g, '$1entre')
      .replace(/\b([Ll])abor(?=(?:s|ed|ing|ers?)?\b)/g, '$1abour')
      .replace(/\b([Cc])ancel(?=(?:ed|ing)\b)/g, '$1ancell'),
  ),
  'straight quotes for guillemets': ofBody((body) => body.replace(/«\s?/g, '"').replace(/\s?»/g, '"')),
  // French typography: a no-break space before « : ; ? ! » and inside guillemets, a narrow one between thousands.
  'no-break spaces': ofBody((body) =>
    body
      .replace(/ ([:;?!»])/g, '\u00a0$1')
      .replace(/« /g, '«\u00a0')
      .replace(/(\d) (\d{3})/g, '$1\u202f$2'),
  ),
  // Hard line breaks (two trailing spaces) at every line end of a paragraph.
  'hard line breaks': ofBody((body) => body.replace(/([^\n|])\n(?=[^\n])/g, '$1  \n')),
  // A field's label in bold closed by a dash instead of a colon (« **Lieu d'ouverture** — 80, avenue Principale »),
  // an em dash and an en dash in turn.
  'labels in bold closed by a dash': ofBody((body) => {
    let count = 0;
    return body.replace(/\*\*([^*\n]{2,80}?) ?:\*\* ?/g, (_label, words: string) => `**${words}** ${count++ % 2 ? '–' : '—'} `);
  }),
  'blank lines doubled': ofBody((body) => body.replace(/\n\n(?=\S)/g, '\n\n\n')),
  // Pandoc's Markdown for a lettered list (`fancy_lists`), and a list typed in plain text.
  'list items written as lettered lines': ofBody(listsMarked(letter)),
  'list items written as lettered lines, the letter in bold': ofBody(listsMarked((rank) => letter(rank) && `**${letter(rank)}**`)),
  // A list pasted from Word, or typed in plain text: each entry opens with a bullet, or a dash.
  'list items written as lines opening with •': ofBody(listsMarked(() => '•')),
  'list items written as lines opening with –': ofBody(listsMarked(() => '–')),
  // The same, each entry a paragraph of its own (a blank line before it).
  // A task list's entry opens with its box as it shows (« ☐ »), as no paste keeps GFM's `[ ]`; a nested entry is a
  // paragraph of its own too, at the margin, with its own mark (« ◦ »), as Word's paste gives one.
  'list items written as paragraphs opening with •': ofBody((body) =>
    body
      .replace(/^- \[([ x])\] /gim, (_, box: string) => `\n${box === ' ' ? '☐' : '☑'} `)
      .replace(/^- /gm, '\n• ')
      .replace(/^ {2,4}- /gm, '\n◦ '),
  ),
  // A run-in title, as legal drafters head a paragraph: the title in bold closed by a period, then the section's first
  // paragraph on the same line (« **Garantie de soumission.** Aucune garantie n'est exigée. »).
  'headings run in to their first paragraph': ofBody(runInTitles),
  // A bilingual document opens each passage with its language tag (« **FR** — », « FR : », « [FR] », in turn): a paragraph
  // of prose, not a title nor a field alone (a line opening in bold, or without a lower-case letter) nor one already tagged, whose first line opens with a letter or a label.
  'paragraphs opened by a language tag': ofBody((body) => {
    const tags = ['**FR** — ', 'FR : ', '[FR] '];
    let count = 0;
    return body.replace(
      /(?<=^|\n\n)(?=(?:\*\*)?\p{Lu}[^\n]*\p{Ll})(?!\*\*[^\n]*(?:\n\n|\n?$))(?!\*\*(?:FR|EN)\*\*)(?!(?:Article|Section|Annexe|Partie|Chapitre) \S+\n)/gu,
      () => tags[count++ % tags.length],
    );
  }),
  // A table of contents first, as Word and pandoc write one: the titles it lists state nothing (a missing item
  // stays missing) and move no part.
  'table of contents': ofBody((body) => {
    const titles = [...body.matchAll(/^(#{1,6}) ([^\n]+)$/gm)].map(
      ([, marks, title]) =>
        `${'  '.repeat(marks.length - 1)}- [${title.replace(/<!--.*?-->/g, '').trim()}](#${title.toLowerCase().replace(/[^\p{L}\d]+/gu, '-')})`,
    );
    return `\n## Table des matières\n\n${titles.join('\n')}\n${body}`;
  }),
  // Not a layout but a register: the rules stated in the future, as many drafters write them (« la soumission
  // sera rejetée », « K sera fixé à 20 % », "bids will be opened").
  'verbs in the future tense': ofBody(inTheFuture),
  // Obligation written with a periphrasis: « le soumissionnaire a l'obligation de joindre », "bids will be required to
  // include".
  'obligation as « avoir l’obligation de »': ofBody(obligationPeriphrasis),
  'obligation as "will be required to"': ofBody(requiredTo),
  // An editor that indents with tabs: four columns of spaces opening a line are a tab (a list item's, a table cell's).
  'indentation as tabs': ofBody((body) => body.replace(/^ {4}/gm, '\t')),
  // Pandoc's own list marker, `#.`, which numbers the entries when read (every list, nested ones too).
  // A task list stays a bullet list (`- [ ]`): pandoc writes no other marker for it.
  'list items marked with #. (pandoc)': ofBody((body) => body.replace(/^(\s*)- (?!\[[ x]\] )/gim, '$1#. ')),
  // A list lettered by hand in Word, converted by pandoc: a paragraph per entry, its mark escaped.
  'list items as paragraphs lettered by hand (pandoc)': ofBody(listsMarked((rank) => letter(rank)?.replace(')', '\\)'), true)),
  // A Word document converted with its styles (`pandoc -f docx+styles -t markdown`): each paragraph in a div of its
  // paragraph style, each run in bold in a span of its character style.
  'Word styles kept by pandoc (divs and spans)': ofBody((body) =>
    rewriteParagraphs(
      pythonBlocksRendered(body),
      (paragraph) => `::: {custom-style="Body Text"}\n${paragraph.replace(/\*\*([^*\n]+)\*\*/g, '[**$1**]{custom-style="Strong"}')}\n:::`,
    ),
  ),
  // The same in GFM (`-t gfm`), which has no divs or spans: HTML blocks and tags.
  'Word styles kept by pandoc in GFM (HTML)': ofBody((body) =>
    rewriteParagraphs(
      pythonBlocksRendered(body),
      (paragraph) => `<div custom-style="Body Text">\n\n${paragraph.replace(/\*\*([^*\n]+)\*\*/g, '<span custom-style="Strong">**$1**</span>')}\n\n</div>`,
    ),
  ),
  // Word's way with its titles in a character style rather than a heading style, converted with the styles.
  'headings as bold lines in a character style (pandoc spans)': ofBody((body) =>
    rewriteHeadings(body, (_marks, title) => `[**${title}**]{custom-style="Titre Car"}`),
  ),
  // A notice's fields as a web page's definition list (`<dl>`) converted by pandoc: each label a term, its value a
  // definition under it, a blank line between them (pandoc's loose list, as when a definition has two paragraphs).
  'labels as a definition list (pandoc)': ofBody((body) =>
    rewriteParagraphs(body, (paragraph) => {
      const field = /^\*\*([^*\n]{2,80}?) ?:\*\* ?(\S[\s\S]*)$/.exec(paragraph);
      return field ? `${field[1]}\n\n:   ${field[2].replace(/\n/g, '\n    ')}` : paragraph;
    }),
  ),
  // Pandoc's line blocks: each paragraph of several lines kept line by line behind bars (an address, fields one per line).
  'paragraphs as line blocks (pandoc)': ofBody((body) =>
    rewriteParagraphs(body, (paragraph) => (paragraph.includes('\n') ? paragraph.replace(/^/gm, '| ') : paragraph)),
  ),
  // Pandoc's Markdown writes an en dash `--` and an em dash `---` (its `smart` extension).
  'dashes as pandoc writes them (-- and ---)': ofBody((body) => body.replace(/–/g, '--').replace(/—/g, '---')),
  // Pandoc escapes what its Markdown would read as syntax: a dollar (maths), a lone asterisk, brackets that are no
  // link, footnote or task box, `<` before a blank, a figure or `=`.
  'escaped as pandoc writes': ofBody((body) =>
    body
      .replace(/(?<!\\)\$/g, '\\$')
      .replace(/(?<=[\s(])\*(?=[\s)])/g, '\\*')
      .replace(/\[(?![ x]\])([^[\]\n^][^[\]\n]*)\](?![(:{[])/gi, '\\[$1\\]')
      .replace(/<(?=[\s\d=])/g, '\\<'),
  ),
  // Markdown as other tools write a document (each helper above says from what source).
  'as Google Docs exports it': ofBody(googleDocs),
  'as MarkItDown converts a Word document': ofBody(markItDown),
  "as mammoth's Markdown writes a Word document": ofBody((body) => mammoth(pythonBlocksRendered(body))),
  'as Turndown writes a web page (MarkDownload, MarkText, Zotero)': ofBody((body) => turndown(pythonBlocksRendered(body))),
  'a web page saved with its HTML (heading elements, disclosures, entities, <br>)': ofBody(webPage),
  // A list typed by hand with hyphens, an entry per paragraph, its mark escaped where it would open a list, as pandoc,
  // Turndown and Google Docs convert it (`\- le formulaire de soumission;`).
  'list items typed by hand with hyphens, escaped by a converter': ofBody(listsMarked(() => '\\-', true)),
  // Sections headed by their number alone (« ## Article 4 », « ### 2.2 »): each item stated by the section's body.
  'sections headed by their number alone': ofBody(numbersAlone),
  // Tables pasted as text, without a converter: cells separated by tabs (Word, Excel, a PDF viewer), or columns aligned
  // with spaces and no dashes under the header (a PDF's text layer, a plain-text notice).
  'tables pasted as lines of tab-separated cells': ofBody(tablesAsTabs),
  'tables pasted as columns aligned with spaces': ofBody(tablesAlignedWithSpaces),
  // A text copied from a PDF: its pages' running header and footer, between blocks and inside paragraphs.
  'pages of a PDF copy: running header and footer every ~45 lines': pdfPages,
};

/**
 * Items a document states only in a title, which a layout that takes titles away removes with it: by layout and
 * document (its file name), the rules whose findings are left out of that layout's checks (compliant.test.ts,
 * layoutVariants.test.ts), each with the passage that lacks what its title said.
 */
const TITLE_ONLY: Record<string, Record<string, readonly string[]>> = {
  'sections headed by their number alone': {
    // « ## 8. Validité des soumissions » over « Durée : 90 jours suivant la date limite de dépôt » (the duration of
    // what, only the title says); « ## 5. Pièces à joindre » over a bare list of forms (that they are to be joined).
    'curateur-dechiquetage-sur-demande.md': ['bid-validity-period', 'documents-required-documents-list'],
    'curateur-dechiquetage-sur-demande-defauts.md': ['bid-validity-period', 'documents-required-documents-list'],
    // « ## Date limite de réception : le jeudi 25 mars 2027 à 11 h, au … »: the date and time are the title itself.
    'mamh-demenagement-setext-listes.md': ['notice-receipt-place-date-time'],
    // « ### C.5 Grounds for automatic rejection » over a table « Ground | Section of the Regulation »: its rows name the
    // grounds and cite the Regulation's section 7, only the title says they entail automatic rejection.
    'riverside-sb-pest-control-tables.md': [
      'rejection-late-receipt',
      'rejection-missing-document',
      'rejection-missing-signature',
      'rejection-uninitialled-price-correction',
      'rejection-conditional-bid',
    ],
    // « ### 5.2 Critère 1 : expérience de la firme » over « Niveau de performance acceptable : … »: which criterion
    // the level is of, only the title says.
    'grille-tableau-conforme.md': ['annex2-acceptable-level'],
    // « ### 2. DESCRIPTION DES BESOINS / DESCRIPTION OF NEEDS » over a table of tasks in the infinitive (« 2.1 Évaluer les
    // postes de travail… | 2.1 Assess the workstations… »): that they are the needs, only the title says.
    'ao-bilingue-cegep-ergonomie.md': ['documents-needs-description'],
    // A plain-language call: « ## What We Need » over the work in the imperative ("Treat the water…", "Supply all
    // treatment chemicals"), « ## What To Put In Your Envelope » over a bare list of documents: only the titles say
    // that these are the needs and the documents to enclose.
    'tender-school-board-boiler-water-plain.md': ['documents-needs-description', 'documents-required-documents-list'],
    // A slide deck: « ## Ce que doit contenir la soumission » over two columns « ### Enveloppe 1 — Qualité », « ### Enveloppe 2
    // — Prix », each a bare list of documents: that they are to be enclosed, only the titles say.
    'ao-societe-etat-marp-veille-mediatique.md': ['documents-required-documents-list'],
    'ao-societe-etat-marp-veille-mediatique-defauts.md': ['documents-required-documents-list'],
  },
};

/** Whether a rule's finding on a document is left out of a layout's checks (TITLE_ONLY). */
export const titleOnly = (variant: string, document: string, rule: string): boolean =>
  TITLE_ONLY[variant]?.[document.replace(/^.*\//, '')]?.includes(rule) ?? false;

/** A part's `partie` by the words of its title; the instructions (`regie`) otherwise. */
const PART_OF_TITLE: readonly (readonly [RegExp, string])[] = [
  [/formulaire|\bform\b/i, 'formulaire'],
  [/bordereau/i, 'bordereau'],
  [/grille/i, 'grille'],
  [/contrat|convention|contract|agreement/i, 'contrat'],
  [/devis/i, 'devis'],
  [/annexe|schedule|appendix/i, 'annexe'],
];

/**
 * A body's footnote definitions (`[^2]: …` and the lines indented under it) taken out of it: the body without them,
 * and each definition by its label.
 */
function takeFootnotes(body: string): [string, Map<string, string>] {
  const definitions = new Map<string, string>();
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const label = /^\[\^([^\]\s]+)\]:/.exec(line)?.[1];
    if (label !== undefined) definitions.set((open = label), line);
    else if (open !== undefined && /^(?: {4}|\t)/.test(line)) definitions.set(open, `${definitions.get(open)}\n${line}`);
    else {
      if (line.trim() !== '') open = undefined;
      kept.push(line);
    }
  }
  return [kept.join('\n'), definitions];
}

/** A file's text followed by the definitions of the footnotes it refers to. */
function withItsFootnotes(text: string, definitions: Map<string, string>): string {
  const cited = [...definitions].filter(([label]) => text.includes(`[^${label}]`)).map(([, definition]) => definition);
  return cited.length === 0 ? text : `${text.trimEnd()}\n\n${cited.join('\n')}\n`;
}

/**
 * A call written in one file (`type: appel-offres`) written as a dossier instead (issue 16): its notice in
 * `avis.md` with the call's front-matter (`type: avis`), each part after the notice, at the notice
 * heading's level, in a file of its own (`type: document`, its `partie` by its title). The same items are
 * stated, in other files. A footnote goes with each file that refers to it, as a word processor keeps a note with its
 * reference when a document is cut into files.
 */
export function splitIntoDossier(text: string): Record<string, string> | undefined {
  const [front, whole] = splitBody(text);
  const [body, footnotes] = takeFootnotes(whole);
  const numero = /^numero: ?(\S.*)$/m.exec(front)?.[1];
  const headings = [...body.matchAll(/^(#{1,6}) ([^\n]+)$/gm)];
  const notice = headings.find((heading) => /\b(?:avis|notice)\b/i.test(heading[2]));
  // A slide deck (Marp) is not cut: each slide has its title at one level, so a part runs over several slides (the
  // notice over « L'avis en un coup d'œil », « Accords, documents et renseignements », « Dépôt et ouverture »…).
  if (!/^type: *appel-offres *$/m.test(front) || numero === undefined || notice === undefined || /^marp: *true *$/m.test(front)) return undefined;
  const parts = headings.filter((heading) => heading.index > notice.index && heading[1].length <= notice[1].length);
  if (parts.length === 0) return undefined;
  const files: Record<string, string> = {
    'avis.md': front.replace(/^type: *appel-offres/m, 'type: avis') + withItsFootnotes(body.slice(0, parts[0].index), footnotes),
  };
  parts.forEach((part, index) => {
    const partie = PART_OF_TITLE.find(([words]) => words.test(part[2]))?.[1] ?? 'regie';
    const end = index + 1 < parts.length ? parts[index + 1].index : body.length;
    files[`${String(index + 1).padStart(2, '0')}-${partie}.md`] =
      `---\ntype: document\npartie: ${partie}\nnumero: ${numero}\n---\n\n${withItsFootnotes(body.slice(part.index, end), footnotes)}`;
  });
  return files;
}

/**
 * `analyse`, run once per distinct text of a document's layouts: a layout that finds nothing to change in a document
 * (no list to reletter, no English word to respell, no tab to indent with; a fifth of the layouts of the fixtures) gives
 * the text another layout gave, and the analysis, a function of the text alone, gives it the same findings. Each layout
 * keeps its test and its assertion; only the analysis is not repeated. The tests run document after document, so only
 * the current document's results are kept. `text` identifies the input (a dossier's files: their texts joined).
 */
export function analysedOncePerText<Result>(): (document: string, text: string, analyse: () => Result) => Result {
  let current = { document: '', results: new Map<string, Result>() };
  return (document, text, analyse) => {
    if (current.document !== document) current = { document, results: new Map() };
    if (!current.results.has(text)) current.results.set(text, analyse());
    return current.results.get(text)!;
  };
}
