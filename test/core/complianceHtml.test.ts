import { strict as assert } from 'node:assert';
import { HtmlValidate } from 'html-validate';
import { complianceHtml, type ComplianceDocument } from '../../server/src/core/features/complianceHtml.js';
import { complianceReport, type ComplianceReport } from '../../server/src/core/features/complianceReport.js';
import { type AnalysisSettings } from '../../server/src/core/index.js';
import { PRODUCT } from '../../server/src/node/product.js';
import { lastAnalysisOf, readExample } from '../helpers.js';

const DEFECTS = 'ao-services-techniques-defauts.md';
const COMPLIANT = 'ao-services-professionnels-conforme.md';
const CHECKED_AT = new Date(2026, 3, 2, 9, 5);

function reportOf(text: string, name: string, settings: Partial<AnalysisSettings> = {}): ComplianceReport {
  return complianceReport({ ...lastAnalysisOf(text, settings), file: { name, sha256: '3f2a9c0b7d14e5a6'.padEnd(64, '0') } });
}

function page(names: string[], locale: 'fr' | 'en' = 'fr', extra: Partial<ComplianceDocument> = {}): string {
  const reports = names.map((name) => reportOf(readExample(name), name, { locale }));
  return complianceHtml({ locale, checkedAt: CHECKED_AT, product: PRODUCT, reports, ...extra });
}

// A maintained HTML5 validator, with its recommended rules (accessibility ones included).
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function assertValid(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
  assert.deepEqual(messages, [], 'valid HTML5');
}

/** Every address the page names: in attributes, in CSS, or written out. */
function addresses(html: string): string[] {
  return [
    ...html.matchAll(
      /(?:href|src|action|data|xlink:href|poster|srcset)\s*=\s*"([^"]*)"|url\(([^)]*)\)|@import\s+([^;]+)|\b(?:https?|ftp|file):\/\/[^\s"'<>)]+/gi,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? match[0]);
}

const count = (html: string, pattern: RegExp): number => [...html.matchAll(pattern)].length;

describe('compliance report page (issue 17)', () => {
  const cases: [string, () => string][] = [
    ['the defects example, in French', () => page([DEFECTS])],
    ['the compliant example, in English', () => page([COMPLIANT], 'en')],
    [
      'the three examples in one page, with files not checked',
      () =>
        page([DEFECTS, COMPLIANT, 'avis-entretien-espaces-verts.md'], 'fr', { unchecked: [{ name: 'notes.md', reason: "pas un document d'appel d'offres" }] }),
    ],
    [
      'a document that is not a tender',
      () => complianceHtml({ locale: 'fr', checkedAt: CHECKED_AT, product: PRODUCT, reports: [reportOf('# Notes\n', 'notes.md')] }),
    ],
    ['a webview page, whose style carries a nonce', () => page([COMPLIANT], 'fr', { styleNonce: 'bm9uY2U+' })],
  ];
  for (const [name, html] of cases) {
    it(`is valid HTML5 and names no address but LégisQuébec's: ${name}`, async () => {
      const text = html();
      await assertValid(text);
      for (const address of addresses(text)) {
        assert.match(
          address,
          /^(?:#[\w-]+|https:\/\/www\.legisquebec\.gouv\.qc\.ca\/(?:fr|en)\/document\/(?:rc|cr)\/C-65\.1,%20r\.%204(?:#se:[\d_]+)?)$/,
          `an address: ${address}`,
        );
      }
      assert.doesNotMatch(text, /<script|<link|<img|<iframe|<object|<embed|\son[a-z]+=/i, 'nothing that runs or loads');
    });
  }

  it('is one self-contained page: its style inline, its policy forbidding anything else', () => {
    const html = page([DEFECTS]);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="fr">'));
    assert.equal(count(html, /<style>/g), 1);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/,
    );
    const webview = page([DEFECTS], 'fr', { styleNonce: 'abc123+/=' });
    assert.match(webview, /content="default-src 'none'; style-src 'nonce-abc123\+\/='; /);
    assert.match(webview, /<style nonce="abc123\+\/=">/);
    assert.doesNotMatch(webview, /unsafe-inline/);
    assert.doesNotMatch(html, /\sstyle="/, 'no style attribute, which a nonce policy would block');
  });

  it('prints on A4 and Letter: page rules, a new page per tender, tables whose header repeats', () => {
    const html = page([DEFECTS, COMPLIANT]);
    assert.match(html, /@page \{ margin: [\s\S]*?@bottom-right \{ content: "Page " counter\(page\) " sur " counter\(pages\);/);
    assert.match(html, /@media print \{[\s\S]*\.tender \+ \.tender \{ break-before: page; \}/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
    assert.match(html, /print-color-adjust: exact/);
    assert.doesNotMatch(html, /@page \{ size:/, "the paper size is the printer's: A4 or Letter");
  });

  it('header: title, number, body, type, award method, amount, text checked, date, short hash, product version', () => {
    const html = page([DEFECTS]);
    assert.match(html, /<title>Rapport de conformité — AO-2026-0377<\/title>/);
    assert.match(html, /<h2 id="t1-title">Services d'entretien ménager — édifice Marie-Guyart<\/h2>/);
    for (const fact of [
      '<dt>Numéro</dt><dd>AO-2026-0377</dd>',
      '<dt>Organisme public</dt><dd>Société québécoise des infrastructures</dd>',
      "<dt>Type de document</dt><dd>Appel d'offres (avis et documents d'appel d'offres)</dd>",
      "<dt>Mode d'adjudication</dt><dd>Prix seul : le prix le plus bas</dd>",
      '<dt>Texte vérifié</dt><dd>Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016</dd>',
      '<dt>Date de la vérification</dt><dd>jeudi 2 avril 2026 à 9 h 05</dd>',
      `<span class="file">${DEFECTS}</span> <code>3f2a9c0b7d14</code>`,
      `<dt>Produit</dt><dd>Tender LS ${PRODUCT.version}</dd>`,
    ]) {
      assert.ok(html.includes(fact), fact);
    }
    assert.match(html, /<dt>Montant estimé<\/dt><dd>1\s250\s000\s\$<\/dd>/);
  });

  it('counts on top, equal to the checklist rows; every rule of the checklist once', () => {
    const report = reportOf(readExample(DEFECTS), DEFECTS);
    const html = complianceHtml({ locale: 'fr', checkedAt: CHECKED_AT, product: PRODUCT, reports: [report] });
    const tile = (key: string) => Number(new RegExp(`<dd data-count="${key}">(\\d+)</dd>`).exec(html)?.[1]);
    assert.deepEqual([tile('met'), tile('finding'), tile('ignored'), tile('not-applicable')], [20, 25, 0, 55]);
    assert.equal(count(html, /<tr class="rule met"/g), 20);
    assert.equal(count(html, /<tr class="rule finding"/g), 25);
    assert.equal(count(html, /<tr class="rule not-applicable"/g), 55);
    const rules = [...html.matchAll(/<tr class="rule \S+" data-rule="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(rules.length, 100);
    assert.equal(new Set(rules).size, 100);
    assert.match(html, /Sommaire — 100 règles/);
    assert.match(html, /21 erreurs, 3 avertissements, 1 information/);
  });

  it('checklist rows: ✓ with line and quotation, ✗ with message, line and clause, n/a with why, ⊘ with the reason shown before the checklist', () => {
    const text = readExample(DEFECTS).replace(
      "# Avis d'appel d'offres",
      "<!-- tender-ignore 4.3° : la garantie est décrite au devis, section 4 -->\n\n# Avis d'appel d'offres",
    );
    const html = complianceHtml({ locale: 'fr', checkedAt: CHECKED_AT, product: PRODUCT, reports: [reportOf(text, DEFECTS)] });
    const row = (rule: string) => new RegExp(`<tr class="rule [^"]+" data-rule="${rule}">.*?</tr>`).exec(html)?.[0] ?? '';
    assert.match(
      row('notice-public-body-name'),
      /✓<\/span> Satisfaite.*Ligne 6 : clé d'en-tête <code>organisme\.nom<\/code> — <q>nom: Société québécoise des infrastructures<\/q>/,
    );
    const obligation = row('notice-no-obligation-to-accept');
    assert.match(obligation, /✗<\/span> Constat/);
    assert.match(obligation, /<span class="severity error">Erreur<\/span>, ligne \d+ : L'avis n'indique pas que l'organisme public ne s'engage/);
    assert.match(
      obligation,
      /Correction proposée : Insérer la clause[^<]* — clause insérée :<\/p><pre class="clause">L’organisme public ne s’engage à accepter aucune des soumissions reçues\.<\/pre>/,
    );
    assert.match(row('documents-grouping-parties'), /Sans objet.*<p class="why">Pas de regroupement d'organismes : ni clé regroupement/);
    assert.match(
      row('notice-bid-security'),
      /⊘<\/span> Écartée.*<strong>Raison :<\/strong> <q class="reason">la garantie est décrite au devis, section 4<\/q>/,
    );
    const setAside = html.indexOf('<section class="set-aside">');
    assert.ok(setAside > 0 && setAside < html.indexOf('<section class="checklist">'), 'the set-aside rules come before the checklist');
    assert.match(
      html.slice(setAside),
      /^<section class="set-aside">\n<h3[^>]*><span aria-hidden="true">⊘<\/span> Règles écartées par le rédacteur \(tender-ignore\)<\/h3>[\s\S]*<strong>4\.3°<\/strong>[\s\S]*la garantie est décrite au devis, section 4/,
    );
    assert.match(
      row('notice-public-body-name'),
      /<a href="https:\/\/www\.legisquebec\.gouv\.qc\.ca\/fr\/document\/rc\/C-65\.1,%20r\.%204#se:4">art\. 4, al\. 2, par\. 1°<\/a>/,
    );
  });

  it('timeline: the breaches in red, the shaded days named, the legal minima drawn, and a text alternative', () => {
    const html = page([DEFECTS]);
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.match(
      svg,
      /^<svg class="timeline" viewBox="0 0 720 [\d.]+" role="img" aria-labelledby="t1-timeline-svg-title t1-timeline-svg-desc">\n<title id="t1-timeline-svg-title">/,
    );
    assert.match(
      svg,
      /<desc id="t1-timeline-svg-desc">Diffusion dans le SEAO : mercredi 1er avril 2026\. Addenda no 1 \(incidence sur les prix\) : mercredi 8 avril 2026\. Date limite de réception : vendredi 10 avril 2026 à 11 h 00\. /,
    );
    assert.equal(count(svg, /<line class="period breach"/g), 2, 'the receipt period and the addendum');
    assert.match(svg, /<text class="period-label breach"[^>]*>Diffusion → date limite de réception : 9 jours \(min\. 15\) — ✗ non respecté<\/text>/);
    assert.match(svg, /<text class="period-label breach"[^>]*>Addenda no 1 → date limite : 2 jours \(min\. 7\) — ✗ non respecté<\/text>/);
    assert.equal(count(svg, /<rect class="holiday"/g), 2);
    assert.equal(count(svg, /<rect class="weekend"/g), 4);
    assert.match(svg, /<text class="holiday-name"[^>]*>Vendredi saint<\/text>/);
    assert.match(svg, /<text class="holiday-name"[^>]*>lundi de Pâques<\/text>/);
    assert.equal(count(svg, /<line class="marker /g), 2);
    assert.match(svg, /Réception au plus tôt \(15 jours\) — jeu\. 16 avril/);
    assert.match(svg, /Dernier jour pour un addenda modifiant les prix \(7 jours\) — ven\. 3 avril/);
    assert.match(html, /\.timeline \.event-line\.breach, \.timeline \.period\.breach \{ stroke: #c62828; \}/);
    assert.match(
      html,
      /<tr class="breach-row"><th scope="row">Diffusion → date limite de réception<\/th><td>9 jours<\/td><td>15 jours \(art\. 4, al\. 2, par\. 6°\)<\/td><td>non respecté — Délai de réception/,
    );
    assert.match(html, /Jours non ouvrables :<\/strong> vendredi 3 avril 2026 \(Vendredi saint\) ; lundi 6 avril 2026 \(lundi de Pâques\)/);
    const far = complianceHtml({
      locale: 'fr',
      checkedAt: CHECKED_AT,
      product: PRODUCT,
      reports: [reportOf(readExample(COMPLIANT).replace('reception: { date: 2026-03-19', 'reception: { date: 2028-03-19'), COMPLIANT)],
    });
    assert.match(far, /<p>Les dates s'étendent sur plus de 400 jours : elles sont listées ci-dessous/);
    assert.doesNotMatch(far, /<svg class="timeline"/);
    assert.match(far, /<th scope="row">Date limite de réception<\/th><td>dimanche 19 mars 2028 à 14 h 00/);
    const compliant = page([COMPLIANT]);
    assert.doesNotMatch(compliant, /class="period breach"|class="event-line [a-z-]+ breach"/);
    assert.match(compliant, /<line class="period ok"/);
  });

  it('timeline: a period reported as information (below the threshold, art. 3) is to check, not red; one turned off is not checked', () => {
    const below = readExample(DEFECTS).replace(/^montant-estime: .*$/m, 'montant-estime: 50 000 $');
    const html = complianceHtml({ locale: 'fr', checkedAt: CHECKED_AT, product: PRODUCT, reports: [reportOf(below, DEFECTS)] });
    assert.equal(count(html, /<line class="period note"/g), 2);
    assert.equal(count(html, /class="period breach"/g), 0);
    assert.match(html, /<tr class="note-row"><th scope="row">Diffusion → date limite de réception<\/th>.*?<td>à vérifier — Délai de réception/);
    const off = complianceHtml({
      locale: 'en',
      checkedAt: CHECKED_AT,
      product: PRODUCT,
      reports: [reportOf(readExample(DEFECTS), DEFECTS, { locale: 'en', rules: { '9.al2': 'off' } })],
    });
    assert.match(off, /<text class="period-label not-checked"[^>]*>Addendum no 1 → deadline: 2 days \(min\. 7\) — not checked<\/text>/);
    assert.equal(count(off, /<line class="period breach"/g), 1);
  });

  it('evaluation grid: criteria and weights with the total, K and a chart of the coefficient against the quality score', () => {
    const html = page([COMPLIANT]);
    assert.match(html, /<h3 id="t1-grid-title">Grille d'évaluation \(annexe 2\)<\/h3>/);
    assert.match(html, /<tr><th scope="row">Expérience du soumissionnaire<\/th><td class="number">20\s%<\/td><td class="number">27<\/td><\/tr>/);
    assert.match(html, /<tfoot><tr><th scope="row">Total<\/th><td class="number">100\s%<\/td><td><\/td><\/tr><\/tfoot>/);
    assert.match(html, /✓ total de 100 % : conforme \(annexe 2, art\. 3\)/);
    assert.match(html, /Paramètre K : 20\s%\. Coefficient d’ajustement = 1 \+ K × \(note finale − 70\) \/ 30/);
    assert.match(html, /<tr><th scope="row">85<\/th><td class="number">1,100<\/td><td class="number">90\s909\s\$<\/td><\/tr>/);
    const chart = /<svg class="coefficient-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.match(
      chart,
      /role="img" aria-labelledby="t1-chart-svg-title t1-chart-svg-desc">\n<title id="t1-chart-svg-title">Coefficient d’ajustement du prix selon la note de qualité \(K = 20\s%\)<\/title>/,
    );
    assert.match(chart, /<desc id="t1-chart-svg-desc">K = 20\s%\. 70 → 1,000, 85 → 1,100, 100 → 1,200\. K permis : 15 % à 30 %\./);
    assert.equal(count(chart, /<circle class="k-dot"/g), 3);
    assert.match(page([DEFECTS]), /Adjudication au prix seul : pas d'évaluation de la qualité/);
    // A K far outside 15–30 % (itself a finding) widens the chart's scale, a few ticks still.
    const wild = complianceHtml({
      locale: 'fr',
      checkedAt: CHECKED_AT,
      product: PRODUCT,
      reports: [reportOf(readExample(COMPLIANT).replace('  k: 20', '  k: 1e9'), COMPLIANT)],
    });
    const wildChart = /<svg class="coefficient-chart"[\s\S]*?<\/svg>/.exec(wild)?.[0] ?? '';
    assert.ok(count(wildChart, /<line class="gridline"/g) <= 7);
    assert.equal(count(wildChart, /<circle class="k-dot"/g), 3);
  });

  it('accessible: one h1, headings in order, every header cell scoped, every chart named and described, contrast of the status colours', () => {
    const html = page([DEFECTS, COMPLIANT]);
    assert.equal(count(html, /<h1>/g), 1);
    const levels = [...html.matchAll(/<h([1-6])/g)].map((match) => Number(match[1]));
    levels.reduce((previous, level) => {
      assert.ok(level <= previous + 1, `h${level} after h${previous}`);
      return level;
    });
    assert.equal(count(html, /<th\b(?![^>]+\bscope=)/g), 0, 'every th has a scope');
    for (const match of html.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"/g)) {
      for (const id of match[1].split(' ')) assert.ok(html.includes(`id="${id}"`), id);
    }
    assert.equal(count(html, /<svg /g), count(html, /<svg [^>]*role="img"/g));
    // WCAG AA: 4.5:1 for text on white.
    for (const colour of ['#1d6b34', '#b3261e', '#7a4a00', '#5a5a5a', '#4d4d4d', '#1f4e9c', '#6a3d9a', '#0f6b6b', '#5c3a00']) {
      assert.ok(contrast(colour, '#ffffff') >= 4.5, `${colour}: ${contrast(colour, '#ffffff').toFixed(2)}`);
      assert.ok(html.includes(colour), `${colour} is used`);
    }
  });

  it('every line in English with the English locale', () => {
    const html = page([DEFECTS], 'en');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    for (const text of [
      '<h1>Compliance report</h1>',
      'Summary — 100 rules',
      'Checklist by section',
      '<dt>Public body</dt>',
      'Deadlines',
      'Diffusion → receipt deadline: 9 days (min. 15)',
      '<strong>Non-working days:</strong> Friday, April 3, 2026 (Good Friday); Monday',
      'Approval',
      'Checked on Thursday, April 2, 2026 at 09:05',
      '"Page " counter(page) " of " counter(pages)',
    ]) {
      assert.ok(html.includes(text), text);
    }
    for (const french of [' : ', 'Satisfaite', 'Sans objet', 'Échéancier', 'Liste de vérification', 'Vérifié le', 'Organisme public', 'non respecté']) {
      assert.ok(!html.includes(french), `no "${french}"`);
    }
    assert.doesNotMatch(html, /(?<![\w-])jours?\b/, 'no French day');
  });

  it("escapes the document's own text: a title or a quotation cannot write markup", () => {
    const text = readExample(COMPLIANT).replace(/^titre: .*$/m, 'titre: "<script>alert(1)</script> & <b>gras</b>"');
    const html = complianceHtml({ locale: 'fr', checkedAt: CHECKED_AT, product: PRODUCT, reports: [reportOf(text, 'x".md')] });
    assert.doesNotMatch(html, /<script|<b>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;b&gt;gras&lt;\/b&gt;/);
    assert.match(html, /x&quot;\.md/);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
