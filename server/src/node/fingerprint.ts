import { createHash } from 'node:crypto';

/** SHA-256 of bytes, or of a text's UTF-8 encoding, in hex: what `sha256sum` prints for the same file. */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
