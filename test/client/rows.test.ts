import { strict as assert } from 'node:assert';
import { findingRow, groupRow, itemRow, statusBarRow } from '../../client/src/rows.js';
import type { ConformityItem } from '../../server/src/core/features/conformity.js';
import type { Finding } from '../../server/src/core/types.js';

const item = (fields: Partial<ConformityItem>): ConformityItem => ({
  rule: 'notice-options-description',
  citation: '4.2.1°',
  citationLabel: 'art. 4, al. 2, par. 2.1°',
  description: 'Lorsque le contrat comporte des options, l’avis en donne la description sommaire.',
  status: 'ok',
  findings: [],
  ...fields,
});
const range = { start: { line: 21, character: 0 }, end: { line: 21, character: 10 } };
const finding: Finding = {
  rule: 'notice-no-obligation-to-accept',
  citation: '4.7°',
  severity: 'error',
  message: "L'avis n'indique pas que l'organisme public ne s'engage à accepter aucune des soumissions reçues.",
  range,
};

describe('Conformité view rows and status bar', () => {
  it('a finding in another file of the dossier names the file with its line', () => {
    assert.equal(findingRow({ ...finding, document: 'regie.md' }, 'fr').label, 'regie.md, ligne 22');
    assert.equal(findingRow({ ...finding, document: 'regie.md' }, 'en').label, 'regie.md, line 22');
    assert.equal(findingRow(finding, 'fr').label, 'ligne 22');
  });

  it('a rule: the citation alone as its label (no ✓/✗: the icon is the status), the rule’s text as its description', () => {
    const row = itemRow(item({}), 'fr');
    assert.equal(row.label, '4.2.1°');
    assert.equal(row.description, 'Lorsque le contrat comporte des options, l’avis en donne la description sommaire.');
    assert.equal(
      row.tooltip,
      '**4.2.1°** — art. 4, al. 2, par. 2.1° · `notice-options-description`\n\nLorsque le contrat comporte des options, l’avis en donne la description sommaire.\n\n*Conforme*',
    );
    assert.equal(itemRow(item({ status: 'finding', findings: [finding] }), 'en').label, '4.2.1°');
  });

  it('a rule that does not apply: « n/a » and why, in the description and the tooltip', () => {
    const reason = "Pas d'options : l'en-tête ne déclare ni option ni renouvellement (clé options).";
    const row = itemRow(item({ status: 'not-applicable', reason }), 'fr');
    assert.equal(row.description, `n/a — ${reason}`);
    assert.match(row.tooltip, /\*Sans objet \(n\/a\) : Pas d'options/);
    assert.match(
      itemRow(item({ status: 'not-applicable', reason: 'No options: the front-matter declares no option or renewal (key options).' }), 'en').tooltip,
      /\*Not applicable \(n\/a\): No options: .*key options.*\*$/,
    );
  });

  it('a ✓ rule keeps the line of the passage that met it, with the quotation in the tooltip', () => {
    const row = itemRow(item({ evidence: [{ range, quote: 'Options : deux renouvellements d’un an.' }] }), 'fr');
    assert.equal(row.description, 'ligne 22 — Lorsque le contrat comporte des options, l’avis en donne la description sommaire.');
    assert.match(row.tooltip, /\n\nPassage de la ligne 22 : « Options : deux renouvellements d’un an\. »$/);
  });

  it('an article counts its rules to fix; a finding shows its line, its message in the description', () => {
    const group = { article: '4', label: 'Article 4', items: [item({ status: 'finding', findings: [finding] }), item({})] };
    assert.deepEqual(groupRow(group, 'fr'), { label: 'Article 4', description: '1 à corriger', tooltip: 'Article 4', failing: 1 });
    assert.equal(groupRow({ ...group, items: [item({})] }, 'en').description, undefined);
    assert.deepEqual(findingRow(finding, 'en'), { label: 'line 22', description: finding.message, tooltip: finding.message });
  });

  it('the status bar: this tender’s state in words, the counts and the text checked in the tooltip', () => {
    const regulation = 'Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016';
    const counts = (error: number, warning = 0) => ({ error, warning, information: 0, hint: 0 });
    assert.equal(statusBarRow({ counts: counts(0, 2), regulation }, 'fr').text, 'AO conforme');
    assert.equal(statusBarRow({ counts: counts(3), regulation }, 'fr').text, 'AO : 3 erreurs');
    assert.equal(statusBarRow({ counts: counts(1), regulation }, 'fr').text, 'AO : 1 erreur');
    assert.equal(statusBarRow({ counts: counts(0), regulation }, 'en').text, 'Tender compliant');
    assert.equal(statusBarRow({ counts: counts(3), regulation }, 'en').text, 'Tender: 3 errors');
    assert.equal(statusBarRow({ counts: counts(1), regulation }, 'en').text, 'Tender: 1 error');
    assert.equal(
      statusBarRow({ counts: counts(3, 1), regulation }, 'fr').tooltip,
      `Cet appel d'offres : 3 erreurs, 1 avertissement.\n\nVérifié selon le ${regulation}.\n\nCliquer pour la vue Conformité.`,
    );
    assert.match(
      statusBarRow({ counts: counts(0), regulation: 'R (CQLR c. C-65.1, r. 4), text of March 1, 2016' }, 'en').tooltip,
      /^This tender: 0 errors, 0 warnings\.\n\nChecked against the R \(CQLR c\. C-65\.1, r\. 4\), text of March 1, 2016\.\n\nClick for the Conformity view\.$/,
    );
  });
});
