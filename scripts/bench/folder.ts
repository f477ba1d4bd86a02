/**
 * A generated folder of tender documents as an organisation keeps them for CI: calls for tenders of a few
 * kilobytes, each with its own `numero`, the addenda files of some of them, notices, and the other Markdown
 * a folder holds (notes, procedures). Identical for a given count and seed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTender, random, readExampleNotice } from './generate.js';

const NOTES = [
  'Procédure interne de validation des documents d’appel d’offres',
  'Liste de vérification avant la diffusion dans le SEAO',
  'Compte rendu de la rencontre avec le contentieux',
  'Gabarits et modèles à jour',
];

/** Writes `count` Markdown files into `folder` (emptied first); returns their total size in bytes. */
export function writeTenderFolder(folder: string, count: number, seed = 2026): number {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const notice = readExampleNotice();
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const numero = (i: number) => `AO-2026-${String(1000 + i).padStart(4, '0')}`;
  let tenders = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    let name: string;
    let text: string;
    if (kind < 5 || tenders === 0) {
      // A call for tenders: the compliant example's notice under its own numero, then its documents.
      tenders++;
      name = `${numero(tenders)}-appel-offres.md`;
      text = generateTender(int(2_000, 7_000), seed + i, notice.replace(/^numero: .*$/m, `numero: ${numero(tenders)}`));
    } else if (kind < 7) {
      // An addenda file of one of the calls for tenders written so far.
      const of = numero(int(1, tenders));
      name = `${of}-addenda-${i}.md`;
      text = `---\ntype: addenda\nnumero: ${of}\naddenda:\n  - { numero: 1, date: 2026-03-0${int(3, 9)}, incidence-prix: ${next() < 0.5} }\n---\n\n# Addenda no 1\n\nLa date limite de réception des soumissions demeure inchangée. La question 3 reçue le 2026-03-04 est répondue dans le présent addenda.\n`;
    } else if (kind < 8) {
      name = `avis-${i}.md`;
      text = notice.replace(/^type: .*$/m, 'type: avis').replace(/^numero: .*$/m, `numero: AVIS-2026-${1000 + i}`);
    } else {
      name = `note-${i}.md`;
      text = `# ${NOTES[i % NOTES.length]}\n\n${Array.from({ length: int(3, 12) }, (_, line) => `${line + 1}. Vérifier la section ${int(1, 20)} du document et consigner la décision au dossier.`).join('\n')}\n`;
    }
    writeFileSync(join(folder, name), text);
    total += Buffer.byteLength(text);
  }
  return total;
}
