import { BOUNDARY, isStopLemma, lemmaOf, tokenize } from '../../legal/lexicon/lemma.js';
import { normalizeForMatching } from '../../text/normalize.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of } from './files.js';

/**
 * Words that name a part of the tender documents or the kind of call, not its subject: drafters title a part by
 * the call's subject and the part's name (« Services juridiques — Régie de l'appel d'offres », « Annexe — Grille
 * d'évaluation de la qualité », "Contract for custodial services").
 */
const PART_WORDS: ReadonlySet<string> = new Set(
  [
    ...['avis', 'appel', 'offres', 'document', 'documents', 'regie', 'instructions', 'soumissionnaires', 'devis', 'technique', 'descriptif'],
    ...['cahier', 'charges', 'contrat', 'formulaire', 'soumission', 'bordereau', 'prix', 'grille', 'evaluation', 'qualite', 'annexe', 'addenda'],
    ...['conditions', 'generales', 'particulieres', 'clauses', 'administratives', 'services', 'service', 'professionnels', 'techniques'],
    ...['notice', 'call', 'tender', 'tenders', 'request', 'proposals', 'bidders', 'tenderers', 'specification', 'specifications', 'contract'],
    ...['form', 'bid', 'price', 'schedule', 'grid', 'quality', 'annex', 'appendix', 'addendum', 'general', 'terms', 'professional'],
    // What the part holds, as its title describes it (« Devis (besoins et modalités d'exécution) », « Bordereau de prix
    // (enveloppe n° 2) », « Formulaire, déclarations et liste des documents à joindre », "Statement of needs").
    ...['besoins', 'modalites', 'execution', 'enveloppe', 'declarations', 'liste', 'dispositions', 'definitions', 'exigences'],
    ...['needs', 'requirements', 'envelope', 'declarations', 'list', 'provisions', 'definitions', 'statement', 'scope', 'work'],
    // What a grid holds: its criteria, their weights and the method (« Annexe B — Grille d'évaluation et calcul du prix
    // ajusté », « Critères, pondération et méthode de pointage », "Evaluation criteria, weighting and scoring method").
    ...['critere', 'criteres', 'ponderation', 'pointage', 'calcul', 'ajuste', 'methode', 'note', 'finale', 'seuil', 'facteur', 'parametre'],
    ...['criterion', 'criteria', 'weighting', 'weights', 'scoring', 'score', 'calculation', 'adjusted', 'method', 'threshold', 'factor'],
    // Who fills in, signs or returns the part, and how (« Contrat à signer par l'adjudicataire », "Bid Form — to be completed
    // by the Bidder"): the part's use, not the call's subject.
    ...['adjudicataire', 'prestataire', 'signer', 'signe', 'remplir', 'completer', 'retourner', 'joindre', 'obligatoire'],
    ...['successful', 'contractor', 'sign', 'signed', 'complete', 'completed', 'fill', 'return', 'returned', 'mandatory'],
  ].map(lemmaOf),
);

/**
 * Words that name a step or topic of the tendering, as the sections of a part do: a part split into files titles each by
 * the part's name and its section's subject (« Instructions aux soumissionnaires — dépôt et ouverture », « Régie —
 * conditions d'admissibilité », "Instructions to Bidders – Part 3: Evaluation"), where a call's title names services.
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(
  [
    ...['objet', 'calendrier', 'echeancier', 'depot', 'presentation', 'preparation', 'remise', 'transmission', 'reception', 'ouverture'],
    ...['admissibilite', 'conformite', 'adjudication', 'attribution', 'negociation', 'egalite', 'resultats', 'rejet', 'validite'],
    ...['renseignements', 'communications', 'questions', 'plaintes', 'signature', 'delais', 'dates', 'procedure', 'deroulement'],
    ...['generalites', 'interpretation', 'confidentialite', 'partie', 'section', 'chapitre'],
    ...['purpose', 'timetable', 'timeline', 'preparation', 'submission', 'receipt', 'opening', 'eligibility', 'admissibility'],
    ...['compliance', 'conformity', 'award', 'negotiation', 'tie', 'results', 'rejection', 'validity', 'inquiries', 'questions'],
    ...['communications', 'complaints', 'signature', 'deadlines', 'dates', 'procedure', 'process', 'overview', 'interpretation'],
    ...['confidentiality', 'part', 'section', 'chapter'],
  ].map(lemmaOf),
);

/** The lemma of « services », "services": a step's word beside it names the services (« Services d'adjudication »). */
const SERVICES = lemmaOf('services');

/** A title's aside in parentheses or brackets (« (à être signé par l'adjudicataire) », "[for information]"). */
const ASIDE = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * The lemmas of a title's words that name its subject: no stopword, part name, section subject (SECTION_WORDS, unless
 * beside « services »), number or lone letter; an aside in parentheses says how the part is used, unless the subject is
 * named only there (« Devis (déménagement) »).
 */
function subjectWords(title: string): Set<string> {
  const words = (text: string) => {
    const { lemmas } = tokenize(normalizeForMatching(text), false);
    const content = lemmas.filter((lemma) => lemma !== BOUNDARY && !isStopLemma(lemma) && lemma.length > 1 && !/^\d/.test(lemma));
    return new Set(
      content.filter(
        (lemma, index) => !PART_WORDS.has(lemma) && (!SECTION_WORDS.has(lemma) || content[index - 1] === SERVICES || content[index + 1] === SERVICES),
      ),
    );
  };
  const outside = words(title.replace(ASIDE, ' '));
  return outside.size > 0 ? outside : words(title);
}

/**
 * Whether a file's title names the notice's call: the part's name and the call's subject, or the part's name alone
 * (« Devis »), or a shortened subject. A title of which most subject words are not the notice's names another call
 * (« Services de déménagement des bureaux de Québec » in a dossier on « Services professionnels en gestion documentaire »).
 */
function namesTheCall(given: string, wanted: string): boolean {
  const words = subjectWords(given);
  if (words.size === 0) return true;
  const noticeWords = subjectWords(wanted);
  let shared = 0;
  for (const word of words) if (noticeWords.has(word)) shared++;
  return 2 * shared >= words.size;
}

/**
 * The call's title as the files' front-matters give it (`titre`): a file whose title does not name the notice's
 * call names another call.
 */
export const dossierTitleMismatch: Rule = {
  id: 'dossier-title-mismatch',
  citation: '4.2°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Les titres des documents du dossier (titre) nomment l'appel d'offres de l'avis.",
    en: "The titles of the dossier's documents (titre) name the notice's call for tenders.",
  },
  notApplicable: severalFiles,
  evidence(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    const title = notice && files.length > 1 ? keyValue(notice, ['titre']) : undefined;
    return title ? [{ range: title, frontMatterKey: 'titre' }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    const expected = notice?.data.titre;
    const expectedRange = notice && keyValue(notice, ['titre']);
    if (!notice || !expected || !expectedRange) return;
    for (const file of files) {
      const title = file.data.titre;
      const range = keyValue(file, ['titre']);
      if (file === notice || !title || !range || namesTheCall(title, expected)) continue;
      const label = fileLabel(file);
      context.report({
        messageId: 'titleMismatch',
        range,
        message: {
          fr: `Le titre ${of(label).fr}, « ${title} », n'est pas celui ${of(fileLabel(notice)).fr}, « ${expected} » : le document est-il celui de cet appel d'offres?`,
          en: `The title ${of(label).en}, "${title}", is not that ${of(fileLabel(notice)).en}, "${expected}": is the document this call's?`,
        },
        related: [{ range: expectedRange, message: { fr: `Titre dans ${fileLabel(notice).fr}`, en: `Title in ${fileLabel(notice).en}` } }],
        fix: { title: { fr: "Écrire le titre de l'avis", en: "Write the notice's title" }, edits: [{ range, newText: JSON.stringify(expected) }] },
      });
    }
  },
};
