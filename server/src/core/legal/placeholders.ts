/**
 * Fill-in marks left from a template: the value was never written. A template's mark is never evidence
 * of an item (« Organisme public : (NOM DE L'ORGANISME PUBLIC) » names no body); the product's own mark,
 * in a clause it inserted, is that clause awaiting its value (the clause is still recognised). Either,
 * left in the notice, is a finding of its own. Read on the plain text, where capitals still tell a
 * template's mark from prose.
 *
 * - the product's own mark and its English form: « [à compléter : nom] », "[to complete: name]";
 * - in brackets or parentheses, capitals that start with a fill-in word: « (NOM DE L'ORGANISME PUBLIC) »,
 *   « [DATE] » (not in a passage written all in capitals, where « (LOCAL TIME) » is prose);
 * - a fill-in word in brackets: « [nom du responsable] », « [Indiquer la date] », "[insert date]";
 * - a run of X: « XXXX », « xxx $ »;
 * - a mail-merge field: « «Nom_organisme» », « <<Date>> », « {{titre}} »;
 * - a fill-in word or « à compléter » in angle brackets: « <à compléter> », « <insérer la date> »;
 * - a blank that is a field's whole value: « Lieu : ___ », a table cell « ___ » (a blank within a sentence,
 *   « Signé à ____, le ____ », is the bidder's to fill, not the drafter's).
 */
const FILL_WORDS_CAPITALS = String.raw`(?:NOM|DATE|ADRESSE|MONTANT|NUMÉRO|NUMERO|TITRE|INSÉRER|INSERER|INDIQUER|COMPLÉTER|COMPLETER|ORGANISME|HEURE|LIEU|DESCRIPTION|PRÉNOM|TÉLÉPHONE|COURRIEL|NAME|ADDRESS|AMOUNT|NUMBER|INSERT|TITLE|TIME|PLACE|EMAIL|PHONE)`;
// In lower case or with a capital, as an instruction opens: « [Indiquer la date] ».
const FILL_WORDS = String.raw`(?:[Nn]om|[Dd]ate|[Aa]dresse|[Mm]ontant|[Nn]um[ée]ro|[Tt]itre|[Ii]ns[ée]rer|[Ii]ndiquer|[Cc]ompl[ée]ter|[Nn]ame|[Aa]ddress|[Aa]mount|[Nn]umber|[Ii]nsert|[Tt]itle|[Ee]-?mail|[Pp]hone)`;

/** The mark the product's clauses leave for a value to fill. */
const PRODUCT_MARK = String.raw`\[(?:[àa] compl[ée]ter|to complete)\b[^\]\n]{0,80}\]`;
// \u00c0-\u00d6\u00d8-\u00de: the accented capitals of Latin-1 (À to Ö, Ø to Þ; not ×).
const TEMPLATE_MARKS = [
  String.raw`[([] ?${FILL_WORDS_CAPITALS}\b[A-Z\u00c0-\u00d6\u00d8-\u00deŒ0-9'’ .,/:-]{0,80}[)\]]`,
  // A template's instruction in brackets may be long: « [Indiquer le nom et le courriel du responsable de l'appel d'offres] ».
  String.raw`\[${FILL_WORDS}\b[^\]\n]{0,120}\]`,
  String.raw`<\s?(?:[àa] )?${FILL_WORDS}\b[^<>\n]{0,60}>`,
  // An underscore first, then what stands before it: a pattern that opens on a lookbehind is tried at every
  // position of every passage (76 ms of the 200-file batch), one that opens on « _ » only where one is.
  String.raw`_(?<=(?:^|[\n:|]) ?_)_{2,}(?= ?(?:$|[\n|]))`,
  String.raw`\b(?:X{3,}|x{3,})\b`,
  String.raw`«\s?[A-Za-z]+(?:_[A-Za-z0-9]+)+\s?»|<<[^<>\n]{1,40}>>|\{\{[^{}\n]{1,60}\}\}`,
];

/** Every fill-in mark: a template's or the product's. */
export const PLACEHOLDER_MARK = new RegExp([PRODUCT_MARK, ...TEMPLATE_MARKS].join('|'), 'gu');
/** A template's fill-in marks: never evidence. */
export const TEMPLATE_MARK = new RegExp(TEMPLATE_MARKS.join('|'), 'gu');

export interface Placeholder {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
}

export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER_MARK)]
    .filter((match) => !proseInCapitals(text, match[0], match.index))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

const CAPITALS_MARK = /^[([]/;

/** A mark in capitals within a passage written in capitals is prose (« … À 14 H (LOCAL TIME) »). */
function proseInCapitals(text: string, mark: string, at: number): boolean {
  if (!CAPITALS_MARK.test(mark)) return false;
  const outside = text.slice(0, at) + text.slice(at + mark.length);
  return /\p{Lu}/u.test(outside) && !/\p{Ll}/u.test(outside);
}

export function isPlaceholder(value: string): boolean {
  const found = findPlaceholders(value.trim());
  return found.length > 0 && found.map((placeholder) => placeholder.text).join('').length >= value.trim().length * 0.5;
}

/** The text without a template's fill-in marks (each replaced by a space). */
export function withoutTemplateMarks(text: string): string {
  return text.replace(TEMPLATE_MARK, (mark: string, at: number) => (proseInCapitals(text, mark, at) ? mark : ' '));
}

/**
 * A field's value that gives no value: the item said not to apply (« Non applicable », « S.O. », « Sans objet », « N/A »,
 * « — », "Not applicable") or to come (« À venir », « À déterminer », « À confirmer », "TBD"). Read on the value folded for
 * matching, its closing period aside. Like a fill-in mark, it states nothing of the item its label names (find.ts).
 */
const NOT_APPLICABLE_VALUE = /^(?:non applicable|sans objet|s\. ?o|n\/a|n\. ?a|ne s'applique pas|not applicable|-+)$/;
const TO_COME_VALUE = /^(?:a (?:venir|determiner|confirmer|preciser|annoncer)|to be (?:determined|confirmed|announced)|tbd|tba)$/;

/** Whether a field's folded value gives no value: `notApplicable` when it says the item does not apply, `toCome` when it is yet to be given. */
export function vacantValue(normalized: string): 'notApplicable' | 'toCome' | undefined {
  const value = normalized.trim().replace(/\.$/, '');
  if (NOT_APPLICABLE_VALUE.test(value)) return 'notApplicable';
  return TO_COME_VALUE.test(value) ? 'toCome' : undefined;
}
