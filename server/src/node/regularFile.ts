import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { LIMITS } from '../core/document/limits.js';
import type { Localized } from '../core/types.js';

/** A path that is not read: why, in both languages. */
export class FileRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/**
 * Largest file read for analysis: enough bytes for the characters the analysis reads (UTF-8 takes
 * up to four bytes a character). A larger file is refused before any byte of it is read.
 */
export const MAX_FILE_BYTES = 4 * LIMITS.analysedLength;

/**
 * The bytes of a regular file, refused with a clear message when the path leads anywhere else (a
 * device such as `/dev/zero`, a FIFO, a socket: reading them may never end) or to a file over
 * `maxBytes`. The file is opened without blocking (a FIFO with no writer would block the open
 * itself), then checked on the open descriptor, so a path swapped in between is checked as read.
 */
export function readRegularFile(path: string, maxBytes: number = MAX_FILE_BYTES): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const kind = kindOf(stats);
      throw new FileRefused({ fr: `pas un fichier ordinaire (${kind.fr}), non vérifié`, en: `not a regular file (${kind.en}), not checked` });
    }
    if (stats.size > maxBytes) {
      throw new FileRefused({
        fr: `fichier trop volumineux (${megabytes(stats.size, 'fr')}; la limite est de ${megabytes(maxBytes, 'fr')}), non vérifié`,
        en: `file too large (${megabytes(stats.size, 'en')}; the limit is ${megabytes(maxBytes, 'en')}), not checked`,
      });
    }
    // Never more than the size stated (a file growing while read is read as it was).
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): Localized {
  if (stats.isDirectory()) return { fr: 'dossier', en: 'folder' };
  if (stats.isCharacterDevice()) return { fr: 'périphérique caractère', en: 'character device' };
  if (stats.isBlockDevice()) return { fr: 'périphérique bloc', en: 'block device' };
  if (stats.isFIFO()) return { fr: 'tube nommé', en: 'named pipe' };
  if (stats.isSocket()) return { fr: 'socket', en: 'socket' };
  return { fr: 'fichier spécial', en: 'special file' };
}

const megabytes = (bytes: number, locale: 'fr' | 'en'): string =>
  `${(bytes / 1_000_000).toLocaleString(locale === 'fr' ? 'fr-CA' : 'en', { maximumFractionDigits: 1 })} ${locale === 'fr' ? 'Mo' : 'MB'}`;
