import type { DocumentModel, DocumentUnit, Section } from '../document/model.js';
import type { OffsetRange } from '../document/frontMatter.js';
import type { AnalysisSettings } from '../config/settings.js';
import type { Locale, Localized, Range, Severity, TenderType } from '../types.js';
import type { TenderData } from '../document/tenderData.js';
import type { Home } from '../dossier/combined.js';
import type { DateOrder } from '../calendar/dateOrder.js';

export interface FixSpec {
  title: Localized;
  edits: { range: OffsetRange; newText: string }[];
}

/** A place a finding relates to: in this document, or in another document of the dossier given by its name and position (an addenda file). */
export type RelatedSpec = { range: OffsetRange; message: Localized } | { document: string; position: Range; message: Localized };

export interface Report {
  /**
   * Which of the rule's messages this is, stable across locales and wordings (`missing`, `toConfirm`,
   * `tooShort`): what the rule tester (test/ruleTester.ts) compares, as typescript-eslint's `messageId`.
   */
  messageId: string;
  message: Localized;
  /** Where the finding points; the document's anchor (notice heading or `type`) when omitted. */
  range?: OffsetRange;
  severity?: Severity;
  fix?: FixSpec;
  related?: RelatedSpec[];
}

export interface RuleContext {
  readonly model: DocumentModel;
  readonly type: TenderType;
  readonly data: TenderData;
  readonly settings: AnalysisSettings;
  readonly locale: Locale;
  /** Where a finding about something missing points: the notice's heading, else the `type` value (of the home file, in a dossier). */
  readonly anchor: OffsetRange;
  /**
   * Where the rule adds what it finds missing when no section of the model is the place: the whole
   * document, or, in a dossier's combined model, the file a drafter expects it in (dossier/dossier.ts).
   */
  readonly home: Home;
  /**
   * The orders of dates in numbers the files of the document's dossier state (« JJ/MM/AAAA »: calendar/dateOrder.ts), a
   * fact of the dossier as a definitions clause is; empty for a file alone, and when no file has a date that reads two ways.
   */
  readonly dossierDateOrders: readonly DateOrder[];
  /** Sections whose heading matches, in document order. */
  sectionsNamed(patterns: readonly RegExp[]): Section[];
  /** Units of a section (its heading excluded). */
  unitsOf(section: Section): DocumentUnit[];
  report(report: Report): void;
}

/**
 * What satisfied a rule: a passage of the body, with the wording of the item it matched, or a key of
 * the front-matter.
 */
export interface Evidence {
  range: OffsetRange;
  /** The wording that matched: a template id (`seaoOnly/clause-fr`) or a pattern (`seaoOnly/pattern-2`). */
  template?: string;
  /** The front-matter key that states the item, as a dotted path (`organisme.nom`). */
  frontMatterKey?: string;
}

/**
 * One check of the regulation. A rule is one small module: a stable name, the provision it enforces,
 * its default severity, the kinds of document it applies to, and its check.
 */
export interface Rule {
  /** Stable kebab-case name (CLI `rule`, settings). */
  id: string;
  /** Canonical citation id (SPEC §5). */
  citation: string;
  severity: Severity;
  appliesTo: readonly TenderType[];
  /**
   * `dossier`: the rule asks what the tender documents state, taken together: it runs once over the
   * files of a dossier whose text they are (a single file is a dossier of one), and `appliesTo` says
   * which files make a dossier it applies to. Otherwise it checks each file of its types alone.
   */
  scope?: 'dossier';
  description: Localized;
  /**
   * Why the rule requires nothing of this document — its condition does not hold (no options, award on
   * price only, an amount below its threshold…) — stated with the document's facts, in both languages;
   * `undefined` when it applies. The analysis runs `check` only when it applies and the reports give
   * this text for n/a: the decision and its reason are one function, so they cannot disagree.
   */
  notApplicable?(context: RuleContext): Localized | undefined;
  check(context: RuleContext): void;
  /**
   * What satisfies the rule in this document, in the order the rule looks for it: asked only of a rule
   * that reported nothing, to show what met it (empty when nothing was required of the document).
   */
  evidence?(context: RuleContext): Evidence[];
}
