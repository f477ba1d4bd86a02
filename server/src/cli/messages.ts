import { FileRefused } from '../node/regularFile.js';
import type { Locale, Localized } from '../core/index.js';

/**
 * What the command line says, in French (the default) and English: every line it prints follows
 * `--locale`, its help and its errors included.
 */

export const USAGE: Localized = {
  fr: `Usage : tender-lint [--format text|json|sarif|html] [-o FICHIER] [--locale fr|en] [--jobs N] [--explain] <fichiers, dossiers ou globs…>

Vérifie les documents d'appel d'offres (Markdown dont l'en-tête YAML a une clé « type ») selon le
Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4).
Les fichiers sont vérifiés sur N fils d'exécution (par défaut : un par 8 Mo de texte, au plus un par
cœur que les autres processus laissent libre) ; le résultat est le même quel que soit N. Un fichier en Windows-1252 est lu, avec une information qui le signale.
--explain (format text) : pour chaque règle, dans l'ordre du règlement, le passage qui la satisfait
(ligne, formulation reconnue, citation du passage) ou la clé d'en-tête, sinon le constat ou la raison
pour laquelle elle n'est pas vérifiée.
--format html : le rapport de conformité, une page HTML autonome à lire, imprimer et signer
(liste de vérification par article, échéancier, grille d'évaluation), une section par document.
-o FICHIER (--output) : écrit le résultat dans FICHIER plutôt que sur la sortie standard.
Code de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 erreur d'utilisation ou de lecture (un
fichier illisible, binaire, ni UTF-8 ni UTF-16 ni Windows-1252, un dossier ou un glob sans fichier
Markdown) ; les autres fichiers sont quand même vérifiés.`,
  en: `Usage: tender-lint [--format text|json|sarif|html] [-o FILE] [--locale fr|en] [--jobs N] [--explain] <files, folders or globs…>

Checks Québec call-for-tenders documents (Markdown with a "type" front-matter key) against the
Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4).
Files are checked on N threads (default: one per 8 MB of text, at most one per core other processes
leave idle); the output is the same for any N.
A Windows-1252 file is read, with an information finding saying so.
--explain (text format): for each rule, in the regulation's order, the passage that met it (line,
wording recognised, quotation) or the front-matter key, else the finding or why it is not checked.
--format html: the compliance report, one self-contained HTML page to read, print and sign
(checklist by section, deadline timeline, evaluation grid), a section per document.
-o FILE (--output): writes the output to FILE instead of the standard output.
Exit status: 0 no error, 1 errors found, 2 usage or I/O failure (a file that cannot be read, a
binary file, a file neither UTF-8, UTF-16 nor Windows-1252, a folder or glob without Markdown
files); the other files are still checked.`,
};

/** "1 erreur", "0 erreur", "2 erreurs" (French counts 0 and 1 as singular); "0 errors", "1 error". */
export function counted(count: number, locale: Locale, forms: { fr: [string, string]; en: [string, string] }): string {
  const [one, many] = forms[locale];
  return `${count} ${(locale === 'fr' ? count <= 1 : count === 1) ? one : many}`;
}

/** A file system error as a user reads it, its code kept for searching (ENOENT, EACCES…). */
export function fileSystemError(error: unknown): Localized {
  if (error instanceof FileRefused) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, Localized> = {
    ENOENT: { fr: 'fichier ou dossier introuvable', en: 'no such file or folder' },
    EACCES: { fr: 'accès refusé', en: 'permission denied' },
    EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
    ELOOP: { fr: 'boucle de liens symboliques', en: 'symbolic link loop' },
    EISDIR: { fr: 'est un dossier', en: 'is a folder' },
    ENOTDIR: { fr: "un élément du chemin n'est pas un dossier", en: 'a part of the path is not a folder' },
  };
  const message = (code && known[code]) || { fr: 'lecture impossible', en: 'cannot be read' };
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return { fr: `${message.fr} (${detail})`, en: `${message.en} (${detail})` };
}
