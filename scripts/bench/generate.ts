/**
 * Seeded generator of realistic tender documents for the benchmark: the compliant example's front-matter
 * and notice, then sections of varied prose, nested lists, tables, quotes, forms in code blocks and
 * annexes, so block sizes and Markdown constructs look like real tenders (not one paragraph repeated).
 */
import { readFileSync } from 'node:fs';

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Le prestataire de services',
  'Le soumissionnaire',
  "L'organisme public",
  'Le chargé de projet',
  'Le responsable de l’appel d’offres',
  'Le comité de sélection',
  'Chaque membre de l’équipe',
  'Le représentant du Ministère',
  'Le consortium',
  'Le sous-contractant',
];
const VERBS = [
  'doit transmettre',
  'peut exiger',
  's’engage à fournir',
  'conserve',
  'vérifie',
  'documente',
  'livre',
  'présente par écrit',
  'fait approuver',
  'met à jour',
];
const OBJECTS = [
  'un rapport d’avancement mensuel',
  'la liste des ressources affectées au mandat',
  'les preuves d’assurance responsabilité professionnelle',
  'le plan de travail détaillé',
  'les fichiers numérisés au format PDF/A',
  'un registre des incidents de sécurité',
  'la grille tarifaire révisée',
  'les curriculum vitae des ressources clés',
  'l’attestation de Revenu Québec',
  'le calendrier de livraison des lots',
];
const CLAUSES = [
  'dans les dix jours suivant la demande',
  'au plus tard le dernier jour ouvrable du mois',
  'conformément à la Loi sur l’accès aux documents des organismes publics',
  'sans frais supplémentaires pour l’organisme',
  'selon le gabarit fourni à l’annexe 3',
  'avant le début des travaux',
  'à la satisfaction du responsable désigné',
  'en respectant la politique de sécurité de l’information',
  'pendant toute la durée du contrat',
  'sous réserve de l’article 12 du contrat',
];
const TOPICS = [
  'Portée des travaux',
  'Exigences de sécurité',
  'Gestion de projet',
  'Livrables',
  'Assurance qualité',
  'Modalités de paiement',
  'Propriété intellectuelle',
  'Confidentialité',
  'Résiliation',
  'Ressources humaines',
  'Formation',
  'Transfert de connaissances',
  'Suivi du contrat',
  'Pénalités',
  'Garanties',
  'Environnement et développement durable',
];
const ANNEXES = [
  'Bordereau de prix',
  'Formulaire d’engagement du soumissionnaire',
  'Grille d’évaluation de la qualité',
  'Devis technique détaillé',
  'Modèle de contrat',
  'Déclaration concernant les activités de lobbyisme',
];

/**
 * A telegraphic tender: paragraphs of one line that end without punctuation (« Lieu de dépôt : bureau 2.10 ») and
 * few headings, as a form's export writes them; a page cut might follow any of its paragraphs (blocks.ts).
 */
export interface TenderStyle {
  telegraphic?: boolean;
}

/** A tender of about `targetBytes` UTF-16 code units, identical for a given seed. */
export function generateTender(targetBytes: number, seed = 42, notice = readExampleNotice(), style: TenderStyle = {}): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const sentence = () => {
    let text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CLAUSES)}`;
    const roll = next();
    if (roll < 0.15) text += `, notamment **${pick(OBJECTS)}**`;
    else if (roll < 0.25) text += ` (voir la [section ${int(1, 40)}](#section-${int(1, 40)}))`;
    else if (roll < 0.3) text += ` et \`${pick(['PDF/A', 'CSV', 'XML', 'TIFF'])}\``;
    return `${text}.`;
  };
  const paragraph = () => {
    if (style.telegraphic) return sentence().slice(0, -1);
    // Hard-wrapped at ~100 characters like the examples.
    const words = Array.from({ length: int(1, 6) }, sentence)
      .join(' ')
      .split(' ');
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      if (line && line.length + word.length > 100) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join('\n');
  };
  const list = () => {
    const ordered = next() < 0.4;
    const items: string[] = [];
    for (let i = 1, count = int(2, 8); i <= count; i++) {
      const marker = ordered ? `${i}.` : '-';
      items.push(`${marker} ${sentence()}`);
      if (next() < 0.2) for (let j = 0, sub = int(1, 3); j < sub; j++) items.push(`${' '.repeat(marker.length + 1)}- ${pick(OBJECTS)} ${pick(CLAUSES)};`);
    }
    return items.join('\n');
  };
  const table = () => {
    const rows = [`| Article | Description | Unité | Quantité | Prix unitaire |`, `|---|---|---|---:|---:|`];
    for (let i = 1, count = int(3, 15); i <= count; i++) {
      rows.push(`| ${i} | ${pick(OBJECTS)} | ${pick(['heure', 'page', 'lot', 'jour', 'forfait'])} | ${int(1, 5000)} | ______ $ |`);
    }
    return rows.join('\n');
  };
  const quote = () => `> **Note :** ${sentence()}\n> ${sentence()}`;
  const form = () =>
    `\`\`\`text\nNom du soumissionnaire : ____________________\nNEQ : __________\n\nSignature : ____________________   Date : __________\n\`\`\``;
  const comment = () => `<!-- Rédaction : ${pick(TOPICS).toLowerCase()} à valider avec le contentieux -->`;
  const blocks = (count: number) =>
    Array.from({ length: count }, () => {
      const roll = style.telegraphic ? next() * 0.75 - 0.2 : next();
      if (roll < 0.55) return paragraph();
      if (roll < 0.75) return list();
      if (roll < 0.85) return table();
      if (roll < 0.92) return quote();
      if (roll < 0.96) return form();
      return comment();
    }).join('\n\n');

  const parts = [notice.trimEnd(), '# Documents d’appel d’offres'];
  let size = parts.join('\n\n').length;
  let section = 0;
  let annex = 0;
  while (size < targetBytes) {
    let part: string;
    if (next() < 0.08) {
      annex++;
      part = `# Annexe ${annex} — ${pick(ANNEXES)}\n\n${blocks(int(3, 10))}`;
    } else {
      section++;
      part = `## ${section}. ${pick(TOPICS)}\n\n${style.telegraphic ? blocks(int(30, 80)) : blocks(int(2, 6))}`;
      if (!style.telegraphic)
        for (let sub = 1, subs = int(0, 3); sub <= subs; sub++) part += `\n\n### ${section}.${sub} ${pick(TOPICS)}\n\n${blocks(int(1, 4))}`;
    }
    parts.push(part);
    size += part.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** Front-matter and notice of the compliant example, up to its tender documents. */
export function readExampleNotice(): string {
  const example = readFileSync(new URL('../../examples/ao-services-professionnels-conforme.md', import.meta.url), 'utf8');
  const cut = example.indexOf('\n# Documents');
  return cut === -1 ? example : example.slice(0, cut);
}

/** Start of the paragraph line nearest to `offset`, so edits type into prose. */
export function nearestParagraph(text: string, offset: number): number {
  let at = text.indexOf('\n\nLe ', offset);
  if (at === -1) at = text.lastIndexOf('\n\nLe ', offset);
  return at === -1 ? offset : at + 2 + 'Le '.length;
}
