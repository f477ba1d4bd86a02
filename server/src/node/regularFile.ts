import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { LIMITS } from '../core/document/limits.js';

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
    if (!stats.isFile()) throw new Error(`not a regular file (${kindOf(stats)}), not checked`);
    if (stats.size > maxBytes) throw new Error(`file too large (${megabytes(stats.size)}; the limit is ${megabytes(maxBytes)}), not checked`);
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

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  return 'special file';
}

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
