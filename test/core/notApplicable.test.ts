import { strict as assert } from 'node:assert';
import { complianceHtml, escape } from '../../server/src/core/features/complianceHtml.js';
import { complianceReport } from '../../server/src/core/features/complianceReport.js';
import { conformityReport, type ConformityItem } from '../../server/src/core/features/conformity.js';
import { explain } from '../../server/src/core/features/explain.js';
import { RULES, type LastAnalysis, type Locale } from '../../server/src/core/index.js';
import { lastAnalysisOf, readExample } from '../helpers.js';

/**
 * Issue 17: a rule that is n/a says why, in its own words and with the document's facts, from the
 * condition the analysis skipped it on (Rule.notApplicable).
 */

/** A notice that states nothing but its public body. */
const BARE_NOTICE = '---\ntype: avis\norganisme: { nom: Ville de Québec }\n---\n\n# Avis\n';
const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
const DEFECTS = readExample('ao-services-techniques-defauts.md');

const analysisOf = (text: string, locale: Locale): LastAnalysis => lastAnalysisOf(text, { locale });

function itemOf(text: string, rule: string, locale: Locale): ConformityItem {
  const found = conformityReport(analysisOf(text, locale))
    .groups.flatMap((group) => group.items)
    .find((item) => item.rule === rule);
  assert.ok(found, rule);
  return found;
}

/** The compliant call with one line of its front-matter rewritten. */
const compliantWith = (line: string, replacement: string): string => {
  assert.ok(COMPLIANT.includes(line), line);
  return COMPLIANT.replace(line, replacement);
};

const CASES: { kind: string; text: () => string; rule: string; fr: string | RegExp; en: string | RegExp }[] = [
  {
    kind: 'no options or renewals',
    text: () =>
      compliantWith(
        "options:\n  - type: renouvellement\n    description: Un renouvellement d'une année aux mêmes prix, à la seule discrétion du Ministère\n",
        '',
      ),
    rule: 'documents-options-description',
    fr: "Pas d'options : l'en-tête ne déclare ni option ni renouvellement (clé options).",
    en: 'No options: the front-matter declares no option or renewal (key options).',
  },
  {
    kind: 'award on price alone: annexes 1–2 do not apply',
    text: () => DEFECTS,
    rule: 'annex2-weights-total',
    fr: "Adjudication au prix seul (adjudication : prix) : pas de grille de qualité, l'annexe 2 ne s'applique pas.",
    en: 'Award on price alone (adjudication: prix): no quality grid, Annex 2 does not apply.',
  },
  {
    kind: 'quality-price: not the grid of annexe 1',
    text: () => COMPLIANT,
    rule: 'annex1-minimum-criteria',
    fr: "Adjudication qualité-prix, annexe 2 (adjudication : qualite-prix) : la grille suit l'annexe 2, non l'annexe 1.",
    en: 'Award quality-price, Annex 2 (adjudication: qualite-prix): the grid follows Annex 2, not Annex 1.',
  },
  {
    kind: 'estimated amount below a threshold',
    text: () => compliantWith('montant-estime: 480 000 $', 'montant-estime: 85 000 $'),
    rule: 'equality-programme-attestation',
    fr: "Montant estimé 85 000 $ < 100 000 $ (seuil de l'attestation d'accès à l'égalité, art. 48).",
    en: 'Estimated amount $85,000 < $100,000 (threshold of the equal access attestation, s. 48).',
  },
  {
    // An attestation the documents name is read for what weakens it whatever the amount: n/a when they name none.
    kind: 'estimated amount not given',
    text: () => compliantWith('montant-estime: 480 000 $\n', '').replace(/3\. détenir une attestation de Revenu Québec valide[\s\S]*?délivrance;\n/, ''),
    rule: 'revenu-quebec-attestation',
    fr: /^Montant estimé non indiqué \(clé montant-estime\) : rien n'établit qu'il atteint 25 000 \$/,
    en: /^Estimated amount not given \(key montant-estime\): nothing shows it reaches \$25,000/,
  },
  {
    kind: 'not a professional-services contract',
    text: () => DEFECTS,
    rule: 'professional-services-quality-criteria',
    fr: 'Pas un contrat de services professionnels (contrat.nature : services de nature technique).',
    en: 'Not a professional services contract (contrat.nature: technical services).',
  },
  {
    kind: 'not a qualification notice (the type)',
    text: () => COMPLIANT,
    rule: 'qualification-notice-items',
    fr: "Ne vise qu'un avis de qualification : ce document est un appel d'offres (type : appel-offres).",
    en: 'Concerns only a qualification notice: this document is a call for tenders (type: appel-offres).',
  },
  {
    kind: 'no addendum issued',
    text: () => COMPLIANT,
    rule: 'addendum-seven-days',
    fr: 'Aucun addenda émis (ni clé addenda ni fichier de type addenda dans le dossier).',
    en: 'No addendum issued (no key addenda and no file of type addenda in the dossier).',
  },
  {
    kind: 'addenda without effect on prices',
    text: () => DEFECTS.replace('incidence-prix: true', 'incidence-prix: false'),
    rule: 'addendum-seven-days',
    fr: /^Aucun addenda daté susceptible de modifier les prix \(1 addenda/,
    en: /^No dated addendum that may affect prices \(1 addendum/,
  },
  {
    kind: 'a call by invitation',
    text: () => compliantWith('procedure: public', 'procedure: invitation'),
    rule: 'deadline-receipt-period',
    fr: "Appel d'offres sur invitation (procedure : invitation) : pas de diffusion dans le SEAO, le délai de 15 jours ne s'applique pas.",
    en: 'Call for tenders by invitation (procedure: invitation): no diffusion in SEAO, the 15-day period does not apply.',
  },
  {
    kind: 'a repetitive contract within 3 years',
    text: () => compliantWith('  repetitif: false', '  repetitif: true'),
    rule: 'contract-duration-authorisation',
    fr: "Durée de 36 mois, renouvellements compris, ≤ 36 mois : aucune autorisation du dirigeant n'est requise.",
    en: 'Duration of 36 months, renewals included, ≤ 36 months: no authorisation of the chief executive is required.',
  },
  {
    kind: 'not an on-demand contract',
    text: () => COMPLIANT,
    rule: 'on-demand-approximate-value',
    fr: 'Pas un contrat à exécution sur demande (clé contrat.execution-sur-demande absente ou false).',
    en: 'Not an on-demand contract (key contrat.execution-sur-demande absent or false).',
  },
  {
    kind: 'not a two-step call',
    text: () => COMPLIANT,
    rule: 'two-step-second-step-invitees',
    fr: "Pas un appel d'offres en deux étapes (procedure : appel d'offres public).",
    en: 'Not a two-step call for tenders (procedure: public call for tenders).',
  },
  {
    kind: 'a call in one file: nothing to compare',
    text: () => COMPLIANT,
    rule: 'dossier-title-mismatch',
    fr: "Appel d'offres en un seul fichier : aucun autre document du dossier avec lequel le comparer.",
    en: 'Call for tenders in one file: no other document of the dossier to compare it with.',
  },
  {
    kind: 'no grouping',
    text: () => COMPLIANT,
    rule: 'documents-grouping-parties',
    fr: "Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.",
    en: 'No grouping of public bodies: no key regroupement and no mention of a grouping in the documents.',
  },
  {
    kind: 'no bid security',
    text: () => BARE_NOTICE,
    rule: 'notice-bid-security',
    fr: "Aucune garantie de soumission exigée : ni clé garantie-soumission ni mention d'une garantie dans l'avis.",
    en: 'No bid security required: no key garantie-soumission and no mention of a security in the notice.',
  },
  {
    kind: 'a call diffused before art. 7.1 came into force',
    text: () => compliantWith('diffusion: 2026-03-02', 'diffusion: 2012-03-02'),
    rule: 'rejection-abnormally-low-price',
    fr: "Diffusion le 2012-03-02 (clé diffusion), avant l'entrée en vigueur de l'art. 7.1 le 2013-05-23 (D. 430-2013).",
    en: 'Diffused on 2012-03-02 (key diffusion), before s. 7.1 came into force on 2013-05-23 (O.C. 430-2013).',
  },
  {
    kind: 'an optional clause the documents do not have (art. 8)',
    text: () => COMPLIANT,
    rule: 'refusal-clause-scope',
    fr: "Pas de clause de refus d'un prestataire (facultative, art. 8) dans les documents.",
    en: 'No clause refusing a provider (optional, s. 8) in the documents.',
  },
  {
    kind: 'the receipt deadline not given',
    text: () => BARE_NOTICE,
    rule: 'deadline-closing-on-working-day',
    fr: "Date limite de réception non indiquée (clé reception.date ou mention dans l'avis) : rien à vérifier.",
    en: 'Receipt deadline not given (key reception.date or a mention in the notice): nothing to check.',
  },
];

/** Rules that apply to every document of their types: no condition of their own, hence no `notApplicable`. */
const ALWAYS_APPLICABLE = new Set([
  'notice-public-body-name',
  'notice-services-description',
  'notice-intergovernmental-agreements',
  'notice-information-contact',
  'notice-documents-only-through-seao',
  'notice-receipt-place-date-time',
  'notice-opening-place-date-time',
  'date-weekday-mismatch',
  'date-contradicts-front-matter',
  'date-ambiguous',
  'addendum-only-through-seao',
  'notice-no-obligation-to-accept',
  'notice-placeholder-left',
  'documents-needs-description',
  'documents-admissibility-conditions',
  'documents-conformity-conditions',
  'documents-required-documents-list',
  'documents-opening-procedure',
  'documents-award-rule',
  'documents-contract-to-sign',
  'admissibility-qualifications',
  'admissibility-establishment',
  'rejection-late-receipt',
  'rejection-missing-document',
  'rejection-missing-signature',
  'rejection-uninitialled-price-correction',
  'rejection-conditional-bid',
  'rejection-other-designated-conditions',
  'rejection-multiple-bids',
  'tie-break-drawing-lots',
  'negotiation-beyond-article-15',
  'documents-only-through-seao',
  'bid-validity-period',
  'bid-validity-mismatch',
  'contract-term-consistency',
  'estimated-value-mismatch',
  'bid-security-amount-mismatch',
  'qualification-notice-items',
  'qualification-yearly-republication',
]);

describe('n/a with the reason why, specific to the rule (issue 17)', () => {
  for (const each of CASES) {
    it(`${each.kind}: ${each.rule} is n/a and says why, in French and in English`, () => {
      for (const locale of ['fr', 'en'] as const) {
        const item = itemOf(each.text(), each.rule, locale);
        assert.equal(item.status, 'not-applicable', `${each.rule} (${locale})`);
        const expected = each[locale];
        // Amounts are written as the locale writes them, with a no-break space between thousands.
        const reason = item.reason?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
        if (typeof expected === 'string') assert.equal(reason, expected);
        else assert.match(reason, expected);
      }
    });
  }

  it('the rule that was n/a applies once its condition holds (the reason and the decision are one)', () => {
    assert.notEqual(itemOf(COMPLIANT, 'documents-options-description', 'fr').status, 'not-applicable');
    assert.notEqual(
      itemOf(compliantWith('montant-estime: 480 000 $', 'montant-estime: 100 000 $'), 'equality-programme-attestation', 'fr').status,
      'not-applicable',
    );
    assert.notEqual(
      itemOf(compliantWith('  repetitif: false\n  duree-mois: 36', '  repetitif: true\n  duree-mois: 48'), 'contract-duration-authorisation', 'fr').status,
      'not-applicable',
    );
    assert.equal(itemOf(DEFECTS, 'addendum-seven-days', 'fr').status, 'finding');
  });

  it('every rule has a condition of its own with its reason, or is listed as applying to every document of its types', () => {
    const without = RULES.filter((rule) => !rule.notApplicable).map((rule) => rule.id);
    assert.deepEqual(
      without.filter((id) => !ALWAYS_APPLICABLE.has(id)),
      [],
      'a rule whose check depends on a condition gives its reason (Rule.notApplicable); one that does not is listed here',
    );
  });

  it('every reason given, over the examples, is the rule’s own and is written in both languages', () => {
    const texts = [COMPLIANT, DEFECTS, readExample('avis-entretien-espaces-verts.md'), ...CASES.map((each) => each.text())];
    const seen = new Set<string>();
    for (const text of texts) {
      const [fr, en] = (['fr', 'en'] as const).map((locale) => conformityReport(analysisOf(text, locale)).groups.flatMap((group) => group.items));
      fr.forEach((item, index) => {
        if (item.status !== 'not-applicable') return;
        seen.add(item.rule);
        const english = en[index];
        assert.equal(english.rule, item.rule);
        assert.ok(item.reason && english.reason, `${item.rule}: a reason in both languages`);
        assert.notEqual(item.reason, english.reason, `${item.rule}: translated`);
        assert.doesNotMatch(english.reason, /\b(?:le|la|les|des|du|pas|aucun|est|une?)\b/i, `${item.rule}: English words only: ${english.reason}`);
      });
      // A ✓ of a rule that tells what met it names it: a rule whose condition does not hold is n/a, not ✓ without evidence.
      for (const item of fr) {
        const rule = RULES.find((candidate) => candidate.id === item.rule);
        if (item.status === 'ok' && rule?.evidence) assert.ok(item.evidence?.length, `${item.rule}: ✓ with nothing that met it`);
      }
    }
    assert.ok(seen.size >= 50, `${seen.size} rules seen n/a`);
  });

  it('the same reason in the HTML report, the Conformité view and --explain', () => {
    const text = compliantWith('montant-estime: 480 000 $', 'montant-estime: 85 000 $');
    const analysis = analysisOf(text, 'fr');
    const view = conformityReport(analysis)
      .groups.flatMap((group) => group.items)
      .find((item) => item.rule === 'equality-programme-attestation');
    const reason = view?.reason ?? '';
    assert.match(reason, /^Montant estimé 85\s000\s\$ < 100\s000\s\$ \(seuil de l'attestation d'accès à l'égalité, art\. 48\)\.$/);
    const report = complianceReport({ ...analysis, file: { name: 'doc.md', sha256: '0'.repeat(64) } });
    assert.equal(report.articles.flatMap((article) => article.entries).find((entry) => entry.rule === 'equality-programme-attestation')?.reason, reason);
    const html = complianceHtml({
      locale: 'fr',
      checkedAt: new Date('2026-03-01T12:00:00Z'),
      product: { name: 'Tender LS', version: '0.0.0' },
      reports: [report],
    });
    assert.ok(html.includes(`<p class="why">${escape(reason)}</p>`));
    const line = explain(analysis).lines.find((each) => each.rule === 'equality-programme-attestation');
    assert.equal(line?.text, `sans objet : ${reason}`);
  });
});
