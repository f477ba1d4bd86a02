import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Localized } from '../types.js';
import { closestMatch } from '../text/normalize.js';
import { FRONT_MATTER_SCHEMA, isPublishingToolKey, ownField, type FieldSchema, type ValueSchema } from './schema.js';

export type KeyPath = readonly (string | number)[];

/** Whether front-matter data has a value at a key path (null is no value). */
export function hasValueAt(data: unknown, path: KeyPath): boolean {
  let value = data;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(value) : typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const container = value as Record<string | number, unknown>;
    if (!Object.hasOwn(container, segment)) return false;
    value = container[segment];
  }
  return value !== undefined && value !== null;
}

/** Offsets are document offsets (the front-matter's own position already added). */
export interface OffsetRange {
  start: number;
  end: number;
}

interface FrontMatterProblem {
  kind: 'yaml-syntax' | 'unknown-key' | 'invalid-value';
  range: OffsetRange;
  message: Localized;
  /** Key path of the value or key concerned (absent for syntax errors). */
  path?: KeyPath;
  /**
   * For an unknown key: the known key it was probably meant to be (not one the mapping already has);
   * for a value of an open list that is not one of its values: the value it was probably meant to be.
   */
  suggestion?: string;
  /** A value outside an open list of values (`partie`) is accepted: a warning, not an error. */
  unusual?: boolean;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: OffsetRange;
  /** Offset of the YAML source (after the opening fence's line break). */
  contentOffset: number;
  source: string;
  yaml: Document.Parsed;
  /** Plain data, or undefined when the YAML is broken beyond use. */
  data: Record<string, unknown> | undefined;
  problems: FrontMatterProblem[];
  /** Validation stopped at MAX_PROBLEMS (a generated or hostile front-matter); the rest is unchecked. */
  problemsTruncated: boolean;
  /** Lists longer than MAX_LIST_ITEMS, by key path: `data` and validation hold their first items only. */
  truncatedLists: KeyPath[];
  /** Range of the value at a key path, when present in the YAML. */
  valueRange(path: KeyPath): OffsetRange | undefined;
  /** Range of the key itself (for list items: the item). */
  keyRange(path: KeyPath): OffsetRange | undefined;
}

/** The library's own duplicate-key check is quadratic in the number of keys; firstDuplicateKey is linear. */
const parseYaml = (source: string) => parseDocument(source, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' });

/** Beyond this many problems validation stops: each costs a "did you mean" search, and no one reads more. */
export const MAX_PROBLEMS = 200;

/** Items read from one front-matter list: rules go through lists on every analysis, and no tender has more. */
export const MAX_LIST_ITEMS = 1_000;

/** Aliases expand in `toJS`; a small budget keeps "billion laughs" documents from exhausting memory. */
const MAX_ALIAS_COUNT = 100;

export function parseFrontMatter(source: string, contentOffset: number, range: OffsetRange): FrontMatter {
  const problems: FrontMatterProblem[] = [];
  const at = (start: number, end: number): OffsetRange => ({ start: contentOffset + start, end: contentOffset + Math.max(end, start) });
  let yaml: Document.Parsed;
  try {
    yaml = parseYaml(source);
  } catch (error) {
    // The library's parser recurses on some malformed input (a long list followed by a stray flow
    // end, for one) until the stack overflows: the front-matter is then read as empty, with one error.
    yaml = parseYaml('');
    const firstLine = source.indexOf('\n');
    problems.push({
      kind: 'yaml-syntax',
      range: at(0, firstLine >= 0 ? firstLine : source.length),
      message: {
        fr: `En-tête YAML illisible (${(error as Error).message}) : vérifiez sa syntaxe, en particulier les accolades et les crochets.`,
        en: `Unreadable YAML front-matter (${(error as Error).message}): check its syntax, braces and brackets in particular.`,
      },
    });
  }

  // SPEC §3: broken YAML is one error at the YAML error's position.
  const duplicate = firstDuplicateKey(yaml);
  const firstError = [yaml.errors[0], duplicate].filter((error) => error !== undefined).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (firstError) {
    const [start, end] = firstError.pos;
    problems.push({
      kind: 'yaml-syntax',
      range: at(start, end > start ? end : Math.min(source.length, start + 1)),
      message: {
        fr: `YAML invalide dans l'en-tête : ${firstError.message.split('\n')[0]}`,
        en: `Invalid YAML in the front-matter: ${firstError.message.split('\n')[0]}`,
      },
    });
  }

  let data: Record<string, unknown> | undefined;
  try {
    const js: unknown = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    data = js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  } catch (error) {
    data = undefined;
    if (!firstError) {
      // Only alias expansion fails here (maxAliasCount): point at the first alias.
      let alias: [number, number] | undefined;
      visit(yaml, {
        Alias(_, node) {
          if (!node.range) return undefined;
          alias = [node.range[0], node.range[1]];
          return visit.BREAK;
        },
      });
      problems.push({
        kind: 'yaml-syntax',
        range: alias ? at(alias[0], alias[1]) : at(0, Math.min(source.length, 1)),
        message: {
          fr: `En-tête YAML inutilisable : ${(error as Error).message}`,
          en: `Unusable YAML front-matter: ${(error as Error).message}`,
        },
      });
    }
  }

  const nodeAt = (path: KeyPath): YamlNode | undefined => {
    const node = yaml.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? (node as YamlNode) : undefined;
  };

  const frontMatter: FrontMatter = {
    range,
    contentOffset,
    source,
    yaml,
    data,
    problems,
    problemsTruncated: false,
    truncatedLists: data ? truncateLists(data) : [],
    valueRange(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0], node.range[1]) : undefined;
    },
    keyRange(path) {
      if (path.length === 0) return undefined;
      const parent = path.length === 1 ? yaml.contents : nodeAt(path.slice(0, -1));
      const last = path[path.length - 1];
      if (isMap(parent)) {
        for (const pair of parent.items) {
          if (isScalar(pair.key) && pair.key.value === last && pair.key.range) return at(pair.key.range[0], pair.key.range[1]);
        }
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last] as YamlNode | undefined;
        if (item?.range) return at(item.range[0], item.range[1]);
      }
      return undefined;
    },
  };

  if (!firstError && isMap(yaml.contents)) validateMap(yaml.contents, FRONT_MATTER_SCHEMA, [], problems, at);
  if (problems.length > MAX_PROBLEMS) {
    problems.length = MAX_PROBLEMS;
    frontMatter.problemsTruncated = true;
  }
  return frontMatter;
}

/** Cuts every list of the data (at any depth) to MAX_LIST_ITEMS items; returns the paths of those cut. */
function truncateLists(data: Record<string, unknown>): KeyPath[] {
  const truncated: KeyPath[] = [];
  const seen = new Set<unknown>();
  // An explicit stack: the data may be nested deeper than the call stack allows.
  const stack: { value: unknown; path: KeyPath }[] = [{ value: data, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        value.length = MAX_LIST_ITEMS;
        truncated.push(path);
      }
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return truncated;
}

/** The first key repeated in a mapping, as a YAML error would report it (scalar keys compared by value). */
function firstDuplicateKey(yaml: Document.Parsed): { pos: [number, number]; message: string } | undefined {
  let duplicate: { pos: [number, number]; message: string } | undefined;
  visit(yaml, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value) && pair.key.range && (!duplicate || pair.key.range[0] < duplicate.pos[0])) {
          duplicate = { pos: [pair.key.range[0], pair.key.range[1]], message: 'Map keys must be unique' };
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  return duplicate;
}

type At = (start: number, end: number) => OffsetRange;

function validateMap(map: YamlNode, fields: Record<string, FieldSchema>, path: KeyPath, problems: FrontMatterProblem[], at: At): void {
  if (!isMap(map)) return;
  const known = Object.keys(fields);
  /** The known keys this mapping does not have yet (computed at its first unknown key). */
  let free: string[] | undefined;
  for (const pair of map.items) {
    if (problems.length > MAX_PROBLEMS) return;
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyRange = pair.key.range ? at(pair.key.range[0], pair.key.range[1]) : at(0, 0);
    const schema = ownField(fields, key);
    if (!schema) {
      // Renaming to a key the mapping already has would make it a duplicate.
      free ??= known.filter((name) => !map.items.some((other) => isPair(other) && isScalar(other.key) && other.key.value === name));
      const suggestion = closestMatch(key, free);
      if (path.length === 0 && !suggestion && isPublishingToolKey(key)) continue;
      problems.push({
        kind: 'unknown-key',
        range: keyRange,
        path: [...path, key],
        ...(suggestion && { suggestion }),
        message: suggestion
          ? { fr: `Clé inconnue « ${key} » : vouliez-vous dire « ${suggestion} » ?`, en: `Unknown key "${key}": did you mean "${suggestion}"?` }
          : { fr: `Clé inconnue « ${key} ».`, en: `Unknown key "${key}".` },
      });
      continue;
    }
    const value = pair.value as YamlNode | null;
    // An alias repeats a value checked where its anchor stands; expanding it here would reopen alias bombs.
    if (value === null || (isScalar(value) && value.value === null) || isAlias(value)) continue;
    validateValue(value, schema.value, [...path, key], problems, at);
  }
}

function validateValue(node: YamlNode, schema: ValueSchema, path: KeyPath, problems: FrontMatterProblem[], at: At): void {
  if (schema.kind === 'enum' && schema.open && isScalar(node) && typeof node.value === 'string') {
    const value = node.value;
    if (schema.values.includes(value)) return;
    const suggestion = closestMatch(value, schema.values);
    const known = schema.values.join(', ');
    problems.push({
      kind: 'invalid-value',
      unusual: true,
      range: node.range ? at(node.range[0], node.range[1]) : at(0, 0),
      path,
      ...(suggestion && { suggestion }),
      message: suggestion
        ? {
            fr: `Valeur inhabituelle « ${value} » : vouliez-vous dire « ${suggestion} » ? (valeurs connues : ${known})`,
            en: `Unusual value "${value}": did you mean "${suggestion}"? (known values: ${known})`,
          }
        : {
            fr: `Valeur inhabituelle « ${value} » (valeurs connues : ${known}) : acceptée, sans rôle particulier dans le dossier.`,
            en: `Unusual value "${value}" (known values: ${known}): accepted, with no particular role in the dossier.`,
          },
    });
    return;
  }
  const problem = valueProblem(node, schema, path, problems, at);
  if (problem) {
    const range = node.range ? at(node.range[0], node.range[1]) : at(0, 0);
    problems.push({ kind: 'invalid-value', range, path, message: problem });
  }
}

/** Returns a message when the node does not fit; nested problems are pushed directly. */
function valueProblem(node: YamlNode, schema: ValueSchema, path: KeyPath, problems: FrontMatterProblem[], at: At): Localized | undefined {
  const scalar = isScalar(node) ? node.value : undefined;
  switch (schema.kind) {
    case 'string':
      return isScalar(node) && (typeof scalar === 'string' || typeof scalar === 'number') ? undefined : expected('un texte', 'a text');
    case 'enum':
      return typeof scalar === 'string' && schema.values.includes(scalar)
        ? undefined
        : {
            fr: `Valeur invalide${isScalar(node) ? ` « ${String(scalar)} »` : ''} : valeurs permises : ${schema.values.join(', ')}.`,
            en: `Invalid value${isScalar(node) ? ` "${String(scalar)}"` : ''}: allowed values: ${schema.values.join(', ')}.`,
          };
    case 'date':
      return typeof scalar === 'string' && parseIsoDate(scalar) ? undefined : expected('une date réelle AAAA-MM-JJ', 'a real date YYYY-MM-DD');
    case 'time':
      return typeof scalar === 'string' && parseTime(scalar) ? undefined : expected('une heure HH:MM', 'a time HH:MM');
    case 'amount':
      return parseAmount(scalar) !== undefined ? undefined : expected('un montant (350000 ou « 350 000 $ »)', 'an amount (350000 or "350 000 $")');
    case 'integer':
    case 'number': {
      const value = typeof scalar === 'number' ? scalar : undefined;
      if (value === undefined || !Number.isFinite(value) || (schema.kind === 'integer' && !Number.isInteger(value))) {
        return schema.kind === 'integer' ? expected('un nombre entier', 'a whole number') : expected('un nombre', 'a number');
      }
      if (schema.minimum !== undefined && value < schema.minimum)
        return { fr: `Doit être au moins ${schema.minimum}.`, en: `Must be at least ${schema.minimum}.` };
      if (schema.maximum !== undefined && value > schema.maximum)
        return { fr: `Doit être au plus ${schema.maximum}.`, en: `Must be at most ${schema.maximum}.` };
      return undefined;
    }
    case 'boolean':
      return typeof scalar === 'boolean' ? undefined : expected('true ou false', 'true or false');
    case 'object':
      if (!isMap(node)) return expected('un groupe de clés', 'a mapping of keys');
      validateMap(node, schema.fields, path, problems, at);
      return undefined;
    case 'list':
      if (!isSeq(node)) return expected('une liste', 'a list');
      node.items.slice(0, MAX_LIST_ITEMS).forEach((item, index) => {
        if (item && typeof item === 'object' && 'range' in item && !isAlias(item))
          validateValue(item as YamlNode, schema.items, [...path, index], problems, at);
      });
      return undefined;
    case 'choice': {
      // Pick the option of the same shape, so that its nested problems are the ones reported.
      const shaped = schema.options.find((option) => shapeFits(node, option));
      if (shaped) return valueProblem(node, shaped, path, problems, at);
      return {
        fr: `Valeur invalide : attendu ${schema.options.map((o) => describe(o, 'fr')).join(' ou ')}.`,
        en: `Invalid value: expected ${schema.options.map((o) => describe(o, 'en')).join(' or ')}.`,
      };
    }
  }
}

function shapeFits(node: YamlNode, schema: ValueSchema): boolean {
  if (schema.kind === 'object') return isMap(node);
  if (schema.kind === 'list') return isSeq(node);
  return isScalar(node);
}

function describe(schema: ValueSchema, locale: 'fr' | 'en' = 'fr'): string {
  if (schema.kind === 'enum') return schema.values.map((v) => (locale === 'fr' ? `« ${v} »` : `"${v}"`)).join(locale === 'fr' ? ' ou ' : ' or ');
  if (schema.kind === 'object') return locale === 'fr' ? 'un groupe de clés' : 'a mapping of keys';
  if (schema.kind === 'list') return locale === 'fr' ? 'une liste' : 'a list';
  return schema.kind;
}

const expected = (fr: string, en: string): Localized => ({ fr: `Valeur invalide : attendu ${fr}.`, en: `Invalid value: expected ${en}.` });

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD`, rejecting dates that do not exist (2026-02-30). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { year, month, day } : undefined;
}

export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/**
 * An amount as drafters write it: « 350 000 $ », « 350 000,00 $ », « 350000$ », "$350,000.00" (a comma before
 * exactly three digits groups thousands, as in English), « 350 k$ », « 1,2 M$ ». One pattern for the parser and the
 * JSON Schema (`jsonSchema.ts`).
 */
export const AMOUNT_PATTERN = String.raw`^\s*(?:\$\s*)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[,.]\d{1,2})?)(?:\s*([kM]))?(?:\s*\$)?\s*$`;
const AMOUNT = new RegExp(AMOUNT_PATTERN);
const ENGLISH_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/** Amounts are numbers, or strings written as AMOUNT_PATTERN reads them. */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = AMOUNT.exec(value);
  if (!match) return undefined;
  const written = ENGLISH_THOUSANDS.test(match[1]) ? match[1].replace(/,/g, '') : match[1].replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  const scale = match[2] === 'k' ? 1_000 : match[2] === 'M' ? 1_000_000 : 1;
  return Math.round(Number(written) * scale * 100) / 100;
}
