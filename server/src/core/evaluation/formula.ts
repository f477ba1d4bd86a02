import { normalizeForMatching } from '../text/normalize.js';

/**
 * The adjusted-price formula of annexe 2, art. 8, read as arithmetic rather than as a wording:
 *
 *     prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30)
 *
 * A unit's text is cut into tokens — the quantities (submitted price, final score, K) named in
 * either language, numbers, operators written as signs or words (÷ / "divisé par" "divided by" "sur";
 * × * x · "multiplié par" "times"; − - "moins" "minus"; "plus"), brackets of any shape, LaTeX
 * `\frac{…}{…}` — and each run of tokens that forms an expression is evaluated at a few points and
 * compared with the formula. Any writing of the same arithmetic is the formula; a wrong constant,
 * "1 − K" or "× 30" is another formula.
 */
export type FormulaVerdict = { annex2: true; k?: number } | { annex2: false };

type Token =
  | { type: 'num'; value: number }
  | { type: 'var'; name: 'P' | 'S' | 'K' }
  // `spoken`: written as a word (« moins », "times"), as a formula said in words writes every operator.
  | { type: 'op'; op: '+' | '-' | '*' | '/'; spoken: boolean }
  | { type: '(' }
  | { type: ')' }
  | { type: 'break' };

// Longest names first; the text is folded (lower case, no accents) before it is read. The price and the score may name
// the bid they are of, by an article or the bidder's possessive (« prix de votre soumission », "final score of your bid").
type Quantity = 'P' | 'S' | 'K' | 'A';
const VARIABLES: readonly [RegExp, Quantity][] = [
  [/(?:prix ajuste|adjusted (?:bid |tender )?price|coefficient d'ajustement)/y, 'A'],
  [/(?:(?:le |the )?(?:parametre|facteur|parameter|factor) k|k(?: parameter| factor)?)(?![\p{L}\d])/uy, 'K'],
  [
    /(?:(?:note|pointage|score|cote) finale?(?: (?:de |de la |pour la |en )?qualite)?|(?:final|total) (?:quality |weighted )?score|quality score|(?:note|pointage) (?:de )?qualite(?: finale)?|nf|note|score|pointage)(?: (?:de |d'|of )(?:la |l'|the |votre |vos |sa |son |ses |leur |leurs |your |its |their )?(?:soumission|offre|proposition|bid|tender|proposal|offer|submission)s?)?(?![\p{L}\d])/uy,
    'S',
  ],
  [
    /(?:prix (?:total )?(?:soumis|offert|propose|soumissionne)|prix total|(?:total )?(?:tendered|submitted|bid|tender|proposed|quoted) price|price (?:submitted|tendered|quoted)|prix|price)(?: (?:de |d'|of )(?:la |l'|the |votre |vos |sa |son |ses |leur |leurs |your |its |their )?(?:soumission|offre|proposition|bid|tender|proposal|offer|submission)s?)?(?![\p{L}\d])/uy,
    'P',
  ],
];
const OPERATORS: readonly [RegExp, '+' | '-' | '*' | '/'][] = [
  [/(?:÷|\/|divisee? par|divided by|over(?= ?\d)|sur(?= ?\d))/y, '/'],
  [/(?:[×*·⋅]|x(?![\p{L}\d])|multipliee? par|multiplied by|times(?!\p{L})|fois(?!\p{L}))/uy, '*'],
  // Two or three hyphens are one dash, as typed for « – » and « — » (pandoc's Markdown writes them so).
  [/(?:−|-{1,3}|moins(?!\p{L})|minus(?!\p{L}))/uy, '-'],
  [/(?:\+|plus(?!\p{L}))/uy, '+'],
];
// Words that may sit inside an expression without meaning anything: articles, "the", "de", the bidder's possessive (a
// plain-language call names its terms in the second person: "Your price", « votre note finale »); a comma before an
// operator in words ("the final score minus 70, over 30": the comma groups as brackets would, read below).
const IGNORED =
  /(?:le|la|les|l'|du|de|des|d'|the|of|a|au|its|their|your|sa|son|ses|leur|leurs|votre|vos)(?![\p{L}\d])|\s+|,(?= (?:over|sur|divided|times|fois|plus|minus|moins)\b| (?:divis|multipli))/uy;
// « Un plus … », "one plus …": the factor's 1 in words (an article elsewhere: « une note finale de 70 »).
const ONE_PLUS = /(?:un|une|one)(?= plus\b)/y;
/**
 * An operation said in words before its operands, whose connective between them is the operator: « le produit
 * de K par … », "the product of K and …", « la différence entre la note finale et 70 », « une fraction dont le
 * numérateur est … et dont le dénominateur est 30 ». The connective is read as the operator only after its opening.
 */
const SPOKEN_OPERATIONS: readonly { opening: RegExp; connective: RegExp; op: '+' | '-' | '*' | '/' }[] = [
  { opening: /(?:produit (?:de|du|des)|product of)(?![\p{L}\d])/uy, connective: /(?:par|and|by)(?![\p{L}\d])/uy, op: '*' },
  { opening: /difference (?:entre|between)(?![\p{L}\d])/uy, connective: /(?:et|and)(?![\p{L}\d])/uy, op: '-' },
  { opening: /(?:somme (?:de|du|des)|sum of)(?![\p{L}\d])/uy, connective: /(?:et|and)(?![\p{L}\d])/uy, op: '+' },
  {
    opening: /(?:une |a )?(?:fraction|ratio|quotient) (?:dont le numerateur (?:est|sera)|whose numerator (?:is|will be))(?![\p{L}\d])/uy,
    connective: /(?:,? ?(?:et )?dont le denominateur (?:est|sera)|,? ?(?:and )?whose denominator (?:is|will be))(?![\p{L}\d])/uy,
    op: '/',
  },
];

/**
 * TeX as a formula is typeset: `\frac{a}{b}` and its display, text and continued forms (`\dfrac`, `\tfrac`, `\cfrac`)
 * → `((a)/(b))`; `\times`, `\cdot`, `\div`; sized brackets (`\left(`, `\bigl[`); names in `\text{…}`, `\mathrm{…}`;
 * a braced subscript `P_{s}` → `P_s`; `\%` and the decimal comma `{,}`; the math delimiters `$`, `\[ \]`, `\( \)` and
 * spacing (`\,`, `\;`, `\quad`) unwrapped.
 */
function unLatex(text: string): string {
  let out = text
    .replace(/\\(?:text|mathrm|textrm|mathit|mathbf|textbf|textit|emph|mathsf|boldsymbol|operatorname)\s*\{([^{}]*)\}/g, '$1')
    .replace(/_\{([^{}]*)\}/g, (_braced, subscript: string) => `_${subscript.replace(/\s/g, '')}`);
  for (let guard = 0; guard < 20; guard++) {
    const at = out.search(FRACTION);
    if (at < 0) break;
    const first = braced(out, out.indexOf('{', at));
    const second = first && braced(out, first.end);
    if (!first || !second) break;
    out = `${out.slice(0, at)}((${out.slice(first.start + 1, first.end - 1)})/(${out.slice(second.start + 1, second.end - 1)}))${out.slice(second.end)}`;
  }
  return out
    .replace(/\\times/g, '×')
    .replace(/\\(?:cdot|ast)/g, '*')
    .replace(/\\div/g, '÷')
    .replace(/\\(?:left|right|[bB]igg?[lr]?)\s*([()[\]]|\\\{|\\\})/g, '$1')
    .replace(/\\[[\]()]/g, ' ')
    .replace(/\\([{}%])/g, '$1')
    .replace(/\{,\}/g, ',')
    .replace(/\\(?:q?quad(?![a-zA-Z])|[,;!: ])|\$/g, ' ');
}
const FRACTION = /\\[dtc]?frac(?![a-zA-Z])/;

function braced(text: string, open: number): { start: number; end: number } | undefined {
  if (open < 0 || text[open] !== '{') return undefined;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { start: open, end: i + 1 };
  }
  return undefined;
}

/** Matches `pattern` (sticky) at `at`; the length matched, or 0. */
function stickyAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}

const NUMBER = /(\d+(?:[.,]\d+)?)(?: ?(%|pour ?cent))?/y;
const WORD = /[\p{L}\d]+/uy;

function tokenize(text: string, symbols: ReadonlyMap<string, Quantity>): Token[] {
  const tokens: Token[] = [];
  // The connectives of the operations said in words opened and not yet closed, the innermost last.
  const pending: (typeof SPOKEN_OPERATIONS)[number][] = [];
  let at = 0;
  while (at < text.length) {
    const ignored = stickyAt(IGNORED, text, at);
    if (ignored) {
      at += ignored;
      continue;
    }
    const connective = pending.length > 0 ? stickyAt(pending[pending.length - 1].connective, text, at) : 0;
    if (connective) {
      tokens.push({ type: 'op', op: pending.pop()!.op, spoken: true });
      at += connective;
      continue;
    }
    let opened = 0;
    const operation = SPOKEN_OPERATIONS.find(({ opening }) => (opened = stickyAt(opening, text, at)) > 0);
    if (operation) {
      pending.push(operation);
      at += opened;
      continue;
    }
    const one = stickyAt(ONE_PLUS, text, at);
    if (one) {
      tokens.push({ type: 'num', value: 1 });
      at += one;
      continue;
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      const value = Number(number[1].replace(',', '.'));
      tokens.push({ type: 'num', value: number[2] ? value / 100 : value });
      at += number[0].length;
      continue;
    }
    const char = text[at];
    if ('([{'.includes(char) || ')]}'.includes(char)) {
      tokens.push({ type: '([{'.includes(char) ? '(' : ')' });
      at++;
      continue;
    }
    let length = symbols.size > 0 ? symbolAt(text, at) : 0;
    const quantity =
      (length > 0 ? symbols.get(text.slice(at, at + length)) : undefined) ?? VARIABLES.find(([pattern]) => (length = stickyAt(pattern, text, at)) > 0)?.[1];
    if (quantity) {
      tokens.push(quantity === 'A' ? { type: 'break' } : { type: 'var', name: quantity });
      at += length;
      continue;
    }
    const operator = OPERATORS.find(([pattern]) => (length = stickyAt(pattern, text, at)) > 0);
    if (operator) {
      tokens.push({ type: 'op', op: operator[1], spoken: /\p{L}/u.test(text.slice(at, at + length)) });
      at += length;
      continue;
    }
    // Any other word or sign ends the expression being read, and the operations said in words opened in it.
    pending.length = 0;
    if (tokens.at(-1)?.type !== 'break') tokens.push({ type: 'break' });
    at += stickyAt(WORD, text, at) || 1;
  }
  return tokens;
}

/**
 * The symbols a formula names its quantities by, read from its legend: « où $P_s$ est le prix soumis, $N_q$ la note
 * finale », "where Q is the final score", « PS : prix soumis ». A symbol is a short name (« Ps », « N_q », « NQ ») that
 * the text writes beside an operator, a bracket or « = », as an operand; a word before a name in a sentence is none
 * (« qui est la note finale »), nor is a word already read (an article, an operator, « NF »).
 */
function legend(text: string): Map<string, Quantity> {
  const symbols = new Map<string, Quantity>();
  for (let at = 0; at < text.length; at++) {
    const length = symbolAt(text, at);
    if (!length) continue;
    const symbol = text.slice(at, at + length);
    at += length;
    if (symbols.has(symbol) || READ_WORDS.some((pattern) => stickyAt(pattern, symbol, 0) === length)) continue;
    const named = at + stickyAt(LEGEND_LINK, text, at);
    let nameLength = 0;
    const quantity = VARIABLES.find(([pattern]) => (nameLength = stickyAt(pattern, text, named)) > 0)?.[1];
    // « PA = prix soumis / (…) » is the formula written in names, not a legend.
    if (quantity && !stickyAt(OPERATOR_NEXT, text, named + nameLength) && isOperand(text, symbol)) symbols.set(symbol, quantity);
  }
  return symbols;
}
const LEGEND_LINK = /(?: ?(?:est|sera|represente|designe|denote|correspond a|signifie|is|denotes|stands for|means|=|:))? ?(?:(?:le|la|les|l'|the) ?)?/y;
const OPERATOR_NEXT = / ?[/÷×*·⋅+−-]/y;
const READ_WORDS = [IGNORED, ONE_PLUS, ...VARIABLES.map(([pattern]) => pattern), ...OPERATORS.map(([pattern]) => pattern)];
const SYMBOL = /\p{L}{1,3}(?:_[\p{L}\d]+)?(?![\p{L}\d_'])/uy;

/** The length of the symbol starting at `at` (a word of up to three letters, its subscript if any), or 0. */
function symbolAt(text: string, at: number): number {
  return at > 0 && /[\p{L}\d_']/u.test(text[at - 1]) ? 0 : stickyAt(SYMBOL, text, at);
}

/** Whether the text writes the symbol as an operand: beside an operator, a bracket or « = ». */
function isOperand(text: string, symbol: string): boolean {
  for (let at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + 1)) {
    if (symbolAt(text, at) !== symbol.length) continue;
    // The folded text writes one space at most between two signs.
    const end = at + symbol.length;
    const before = (text[at - 1] === ' ' ? text[at - 2] : text[at - 1]) ?? '';
    const after = (text[end] === ' ' ? text[end + 1] : text[end]) ?? '';
    if (OPERAND_NEIGHBOUR.test(before) || OPERAND_NEIGHBOUR.test(after)) return true;
  }
  return false;
}
const OPERAND_NEIGHBOUR = /^[=+\-−×*·⋅/÷()[\]{}]$/;

type Values = Record<'P' | 'S' | 'K', number>;
type Expression = (values: Values) => number;

/** Recursive descent over tokens[from…]: the longest expression there, with the names it uses. */
function parseAt(tokens: Token[], from: number): { evaluate: Expression; end: number; names: Set<string> } | undefined {
  let i = from;
  const names = new Set<string>();
  const peek = () => tokens[i];
  const expression = (): Expression | undefined => {
    let left = term();
    if (!left) return undefined;
    for (;;) {
      const token = peek();
      if (token?.type !== 'op' || (token.op !== '+' && token.op !== '-')) return left;
      const save = i++;
      const right = term();
      if (!right) {
        i = save;
        return left;
      }
      const l: Expression = left;
      left = token.op === '+' ? (v) => l(v) + right(v) : (v) => l(v) - right(v);
    }
  };
  const term = (): Expression | undefined => {
    let left = unary();
    if (!left) return undefined;
    for (;;) {
      const token = peek();
      const explicit = token?.type === 'op' && (token.op === '*' || token.op === '/');
      // "K(NF − 70)", "K NF": juxtaposition multiplies.
      const implicit = token?.type === '(' || token?.type === 'var';
      if (!explicit && !implicit) return left;
      const save = i;
      if (explicit) i++;
      const right = unary();
      if (!right) {
        i = save;
        return left;
      }
      const l: Expression = left;
      left = explicit && token.type === 'op' && token.op === '/' ? (v) => l(v) / right(v) : (v) => l(v) * right(v);
    }
  };
  const unary = (): Expression | undefined => {
    const token = peek();
    if (token?.type === 'op' && token.op === '-') {
      i++;
      const inner = unary();
      return inner && ((v) => -inner(v));
    }
    return primary();
  };
  const primary = (): Expression | undefined => {
    const token = peek();
    if (!token) return undefined;
    if (token.type === 'num') {
      i++;
      return () => token.value;
    }
    if (token.type === 'var') {
      i++;
      names.add(token.name);
      return (v) => v[token.name];
    }
    if (token.type === '(') {
      const save = i++;
      const inner = expression();
      if (!inner || peek()?.type !== ')') {
        i = save;
        return undefined;
      }
      i++;
      return inner;
    }
    return undefined;
  };
  const evaluate = expression();
  return evaluate && { evaluate, end: i, names };
}

const POINTS: readonly Values[] = [
  { P: 100000, S: 85, K: 0.15 },
  { P: 250000, S: 72, K: 0.3 },
  { P: 80000, S: 100, K: 0.2 },
  { P: 1234567, S: 93.5, K: 0.05 },
];
const annex2 = ({ P, S, K }: Values) => P / (1 + (K * (S - 70)) / 30);
const factor = ({ S, K }: Values) => 1 + (K * (S - 70)) / 30;
const close = (a: number, b: number) => Number.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * Whether a text may write a formula of annexe 2, before it is unwrapped and folded: the test below asks
 * for « 70 » or « 30 », and neither unwrapping LaTeX nor folding makes a digit (they keep the text's
 * digits in order and drop or replace other characters). Most passages hold no « 0 » after a 3 or a 7.
 */
export function mayWriteFormula(text: string): boolean {
  const zero = text.lastIndexOf('0');
  return zero > 0 && (text.lastIndexOf('7', zero) >= 0 || text.lastIndexOf('3', zero) >= 0);
}

/**
 * The verdict on the adjusted-price formulas a piece of text writes: undefined when it writes none
 * (no expression with the final score and K, or K's value); `annex2` when one is the formula (or its
 * factor 1 + K × (NF − 70) / 30), with K's value when the formula gives it as a number.
 */
export function readFormula(text: string): FormulaVerdict | undefined {
  if (!mayWriteFormula(text)) return undefined;
  const folded = normalizeForMatching(unLatex(text));
  // Cheap test first: a formula of annexe 2 writes 70 or 30 (a near miss may get the other wrong).
  if (!/\b(?:70|30)\b/.test(folded) || !/\b(?:k|nf|note|notes|score|pointage)\b/.test(folded)) return undefined;
  if (!/[÷/]|\bdivise|\bdivided\b|\b(?:sur|over) \d|\bdenominat/.test(folded)) return undefined;
  const tokens = tokenize(folded, legend(folded));
  let other = false;
  for (let from = 0; from < tokens.length; from++) {
    if (tokens[from].type === 'break' || tokens[from].type === ')') continue;
    const parsed = parseAt(tokens, from);
    if (!parsed || !parsed.names.has('S')) continue;
    const { evaluate, names } = parsed;
    const reference = names.has('P') ? annex2 : factor;
    if (names.has('K')) {
      if (POINTS.every((point) => close(evaluate(point), reference(point)))) return { annex2: true };
      if (spokenGrouping(tokens, from, parsed.end, reference)) return { annex2: true };
      // "Prix soumis / 1 + K × (NF − 70) / 30": the price divided by the factor, its brackets left out.
      if (names.has('P') && dividedByFactor(tokens, from, parsed.end)) return { annex2: true };
      // A piece of the formula ("K × (NF − 70) / 30" explained alone) is not another formula.
      if (names.has('P') || attempt(tokens, from, parsed.end)) other = true;
    } else {
      // K written as its value: "1 + 15 % × (NF − 70) / 30".
      const k = solveK(evaluate, names.has('P'));
      if (k !== undefined) return { annex2: true, k: Math.round(k * 10000) / 100 };
      if (attempt(tokens, from, parsed.end)) other = true;
    }
    from = parsed.end - 1;
  }
  return other ? { annex2: false } : undefined;
}

/** Whether, after a division sign within tokens[from…end), the rest up to `end` is the factor. */
function dividedByFactor(tokens: Token[], from: number, end: number): boolean {
  for (let q = from + 1; q < end; q++) {
    const previous = tokens[q - 1];
    if (previous.type !== 'op' || previous.op !== '/') continue;
    const parsed = parseAt(tokens, q);
    if (parsed && parsed.end === end && parsed.names.has('K') && POINTS.every((point) => close(parsed.evaluate(point), factor(point)))) return true;
  }
  return false;
}

/**
 * Whether tokens[from…end), a formula said in words (every operator a word, no bracket: « un plus K fois la note
 * finale moins 70, sur 30 »), is the formula under one grouping of its terms: words leave the grouping to the
 * reader, so the terms, constants and operators must be the annex's, in its order; any grouping will do.
 */
function spokenGrouping(tokens: Token[], from: number, end: number, reference: (values: Values) => number): boolean {
  const run = tokens.slice(from, end);
  // Operand, operator, operand…: 6 operators for the whole formula (132 groupings), fewer for its factor.
  if (run.length % 2 === 0 || run.length > 13) return false;
  const operands: Expression[] = [];
  const operators: ('+' | '-' | '*' | '/')[] = [];
  for (const [index, token] of run.entries()) {
    if (index % 2 === 1) {
      if (token.type !== 'op' || !token.spoken) return false;
      operators.push(token.op);
    } else if (token.type === 'num') operands.push(() => token.value);
    else if (token.type === 'var') operands.push((v) => v[token.name]);
    else return false;
  }
  const apply = (op: '+' | '-' | '*' | '/', a: number, b: number) => (op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b);
  // The values of operands[i…j] under each grouping, at each point.
  const groupings = (i: number, j: number): number[][] => {
    if (i === j) return [POINTS.map((point) => operands[i](point))];
    const out: number[][] = [];
    for (let k = i; k < j; k++)
      for (const left of groupings(i, k)) for (const right of groupings(k + 1, j)) out.push(left.map((value, p) => apply(operators[k], value, right[p])));
    return out;
  };
  return groupings(0, operands.length - 1).some((values) => values.every((value, p) => close(value, reference(POINTS[p]))));
}

/** The constant K for which the expression is the formula at every point, if there is one in (0, 1). */
function solveK(evaluate: Expression, withPrice: boolean): number | undefined {
  const [first, ...rest] = POINTS;
  const value = evaluate(first);
  const ratio = withPrice ? first.P / value : value;
  const k = ((ratio - 1) * 30) / (first.S - 70);
  if (!Number.isFinite(k) || k <= 0 || k >= 1) return undefined;
  return rest.every((point) => close(evaluate(point), (withPrice ? annex2 : factor)({ ...point, K: k }))) ? k : undefined;
}

/** Whether an expression looks like an attempt at the whole formula or its factor (1 and 70 or 30 in it). */
function attempt(tokens: Token[], from: number, end: number): boolean {
  const numbers = tokens.slice(from, end).flatMap((token) => (token.type === 'num' ? [token.value] : []));
  return numbers.includes(1) && (numbers.includes(70) || numbers.includes(30));
}
