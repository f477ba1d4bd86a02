import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { FRONT_MATTER_SCHEMA, objectFields, type FieldSchema } from '../../server/src/core/document/schema.js';
import { formatCitation, paragraphAlinea, parseCitationId } from '../../server/src/core/legal/citations.js';
import { CLAUSES } from '../../server/src/core/legal/clauses.js';
import { parseRegulation } from '../../server/src/core/legal/regulation/parse.js';
import { findArticle, headingsOf, regulation, resolveCitation, REGULATIONS } from '../../server/src/core/legal/regulation/index.js';
import { regulationDocument } from '../../server/src/core/legal/regulation/render.js';
import { RULES } from '../../server/src/core/rules/index.js';

const SOURCE_URL = new URL('../../server/data/regulations/C-65.1-r4/2016-03-01.txt', import.meta.url);
const source = readFileSync(SOURCE_URL, 'utf8');
const sourceLines = source.split('\n').map((line) => line.trim());
const database = regulation('2016-03-01');

/**
 * Article numbers read from the raw text by a method independent of the parser: a number line
 * followed by a "." line (the regulation and its annexes), "ARTICLE n" lines (transitional provisions).
 */
function articlesInSource(): string[] {
  const keys: string[] = [];
  let annex: string | undefined;
  let decree: string | undefined;
  const body = sourceLines.slice(sourceLines.indexOf('CHAPITRE'), sourceLines.indexOf('RÉFÉRENCES'));
  body.forEach((line, i) => {
    const annexLine = /^ANNEXE (\d)$/.exec(line);
    if (annexLine) annex = annexLine[1];
    const decreeLine = /^\((D\. \d+-\d{4})\)$/.exec(line);
    if (decreeLine) decree = decreeLine[1];
    if (decree) {
      const transitional = /^ARTICLE (\d+)/.exec(line);
      if (transitional) keys.push(`${decree}.${transitional[1]}`);
    } else if (/^\d+(?:\.\d+)*$/.test(line) && body[i + 1] === '.') {
      keys.push(annex ? `A${annex}.${line}` : line);
    }
  });
  return keys;
}

describe('article database (C-65.1, r. 4, consolidation of 2016-03-01)', () => {
  it('is the generated form of the shipped text (npm run generate:regulations)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../server/data/regulations/C-65.1-r4/2016-03-01.json', import.meta.url), 'utf8'));
    assert.deepEqual(parseRegulation(source, '2016-03-01'), committed);
    assert.equal(REGULATIONS['2016-03-01'], database);
  });

  it('holds every article of the text, in order', () => {
    const expected = articlesInSource();
    assert.deepEqual(
      database.articles.map((article) => article.key),
      expected,
    );
    const count = (prefix: (key: string) => boolean) => expected.filter(prefix).length;
    // 94 articles in the regulation (1 to 63 and 31 inserted ones: 7.1, 29.1 to 29.8…), 3 + 9 in the annexes, 8 transitional.
    assert.deepEqual(
      [count((key) => /^\d/.test(key)), count((key) => key.startsWith('A1.')), count((key) => key.startsWith('A2.')), count((key) => key.startsWith('D.'))],
      [94, 3, 9, 8],
    );
    for (const key of [
      '7.1',
      '9.1',
      '15.1',
      '29.1',
      '29.2',
      '29.3',
      '29.4',
      '29.5',
      '29.6',
      '29.7',
      '29.8',
      '42.0.1',
      '42.0.2',
      '42.0.3',
      '42.1',
      '42.2',
      '50.1',
      '52.3',
      '58.1',
      '62.1',
      'A1.3',
      'A2.9',
    ]) {
      assert.ok(findArticle(key), key);
    }
  });

  it('marks abrogated and omitted articles', () => {
    const status = (key: string) => findArticle(key)?.status;
    assert.deepEqual(['32.1', '59', '60', '61', '62', '63', '62.1', '4'].map(status), [
      'abrogated',
      'abrogated',
      'omitted',
      'omitted',
      'omitted',
      'omitted',
      'in-force',
      'in-force',
    ]);
  });

  it('structures alinéas, numbered paragraphs and sub-paragraphs', () => {
    const article4 = findArticle('4')!;
    assert.equal(article4.alineas.length, 3);
    assert.deepEqual(
      article4.alineas[1].paragraphs.map((paragraph) => paragraph.number),
      ['1', '2', '2.1', '3', '4', '5', '5.1', '6', '7'],
    );
    assert.equal(article4.alineas[1].text, 'Cet avis fait partie des documents d’appel d’offres et indique:');
    assert.equal(article4.alineas[1].paragraphs[2].text, 'le cas échéant, la description sommaire des options;');
    assert.equal(
      article4.alineas[1].paragraphs[7].text,
      'l’endroit prévu ainsi que la date et l’heure limites fixées pour la réception et l’ouverture des soumissions, le délai de réception ne pouvant être inférieur à 15 jours à compter de la date de la diffusion de cet avis;',
    );
    const fourth = findArticle('29.4')!.alineas[0].paragraphs[3];
    assert.deepEqual(
      fourth.subparagraphs.map((sub) => sub.letter),
      ['a', 'b', 'c', 'd', 'e'],
    );
    assert.equal(fourth.subparagraphs[2].text, 'le caractère innovant de la soumission;');
    const article28 = findArticle('28')!;
    assert.deepEqual(
      article28.alineas.map((alinea) => alinea.paragraphs.length),
      [0, 2, 3],
    );
    // Transitional provisions print "1°" on one line.
    assert.equal(findArticle('D. 430-2013.21')!.alineas[0].paragraphs.length, 12);
    // "1" / "er" / "octobre 2010" is one text.
    assert.match(findArticle('D. 355-2010.2')!.alineas[0].text, /antérieure au 1er octobre 2010 même si/);
    // Annex 2, art. 8: the formula stays inside its alinéa.
    const adjusted = findArticle('A2.8')!;
    assert.deepEqual(
      adjusted.alineas.map((alinea) => alinea.formula?.length ?? 0),
      [4, 3, 0],
    );
  });

  it('keeps every alinéa, paragraph and sub-paragraph verbatim (each is a line of the text)', () => {
    const lines = new Set(sourceLines);
    let checked = 0;
    for (const article of database.articles) {
      for (const alinea of article.alineas) {
        const texts = [alinea.text, ...alinea.paragraphs.flatMap((p) => [p.text, ...p.subparagraphs.map((s) => s.text)])];
        for (const text of texts) {
          if (text.includes('1er ')) continue;
          assert.ok(lines.has(text), `${article.key}: ${text}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 250, `${checked} texts checked`);
  });

  it('loses no line of the text: each is a heading, an article text, a formula line or a history line', () => {
    const kept = new Set<string>();
    for (const heading of database.headings) kept.add(heading.title).add(heading.number).add(`(${heading.title})`);
    for (const heading of database.headings) for (const line of [...heading.history, heading.references ?? '']) kept.add(line);
    for (const article of database.articles) {
      for (const line of article.history) kept.add(line);
      for (const alinea of article.alineas) {
        for (const line of [alinea.text, ...(alinea.formula ?? []), ...alinea.paragraphs.flatMap((p) => [p.text, ...p.subparagraphs.map((s) => s.text)])])
          kept.add(line);
      }
    }
    const keptText = [...kept].join('\n');
    const markup = /^(?:[.;°()§a-z]|\. —|CHAPITRE|SECTION|ANNEXE \d|DISPOSITIONS TRANSITOIRES|ARTICLE \d+\.?|\d+(?:\.\d+)*°?|er)$/;
    const body = sourceLines.slice(sourceLines.indexOf('CHAPITRE'), sourceLines.indexOf('RÉFÉRENCES'));
    const lost = body.filter((line) => line !== '' && !markup.test(line) && !kept.has(line) && !keptText.includes(line));
    assert.deepEqual(lost, []);
  });

  it('places articles under their chapter, section and subdivision, with amendment history', () => {
    const place = (key: string) => headingsOf(findArticle(key)!).map((heading) => `${heading.kind} ${heading.number}`);
    assert.deepEqual(place('11'), ['chapter II', 'section III', 'subdivision 1']);
    assert.deepEqual(place('29.4'), ['chapter II', 'section IV.1']);
    assert.deepEqual(place('42.0.2'), ['chapter IV', 'section VI.2']);
    assert.deepEqual(place('58.1'), ['chapter VIII.1']);
    assert.deepEqual(place('A2.9'), ['annex 2']);
    assert.deepEqual(place('D. 848-2011.5'), ['transitional ', 'transitional-group 2011']);
    assert.deepEqual(findArticle('7.1')!.history, ['D. 430-2013, a. 4']);
    assert.deepEqual(findArticle('4')!.history, ['D. 533-2008, a. 4', 'D. 680-2011, a. 1', 'D. 430-2013, a. 1']);
    const sectionIV1 = database.headings[findArticle('29.1')!.heading!];
    assert.equal(sectionIV1.title, 'SOUMISSION DONT LE PRIX EST ANORMALEMENT BAS');
    assert.deepEqual(sectionIV1.history, ['D. 430-2013, a. 9']);
    const annex2 = database.headings[findArticle('A2.1')!.heading!];
    assert.equal(annex2.references, 'a. 19, 21, 22, 25, 28, 44');
    assert.deepEqual(annex2.history, ['D. 533-2008, a. 2, Ann. 2']);
  });

  it('derives the alinéa of the numbered paragraphs for the SPEC §5 display forms', () => {
    assert.deepEqual(
      ['4', '5', '15', '28', '1'].map((article) => paragraphAlinea(article)),
      [2, 1, 2, 2, 1],
    );
    assert.equal(formatCitation('15.1°', 'fr'), 'art. 15, al. 2, par. 1°');
    assert.equal(formatCitation('46.2°', 'fr'), 'art. 46, al. 2, par. 2°');
    assert.equal(formatCitation('28.al3.2°', 'fr'), 'art. 28, al. 3, par. 2°');
  });

  it('resolves every citation the rules, the schema and the clauses use', () => {
    const ids = new Set<string>([...RULES.map((rule) => rule.citation), ...Object.values(CLAUSES).map((clause) => clause.citation)]);
    const collect = (fields: Record<string, FieldSchema>) => {
      for (const field of Object.values(fields)) {
        for (const id of field.citations) ids.add(id);
        const nested = objectFields(field.value);
        if (nested) collect(nested);
      }
    };
    collect(FRONT_MATTER_SCHEMA);
    for (const id of ids) assert.ok(resolveCitation(parseCitationId(id)!), id);
  });

  it('renders a read-only document with the line of each article and paragraph', () => {
    const rendered = regulationDocument(database);
    const lines = rendered.text.split('\n');
    assert.equal(lines[rendered.lines.get('7.1')!], `**7.1.** ${findArticle('7.1')!.alineas[0].text}`);
    assert.match(lines[rendered.lines.get('4.al2.6°')!], /^6° l’endroit prévu/);
    assert.match(lines[rendered.lines.get('A2.9')!], /^\*\*9\.\*\* L’organisme public détermine/);
    assert.ok(lines.includes('### Section IV.1 — SOUMISSION DONT LE PRIX EST ANORMALEMENT BAS'));
  });
});
