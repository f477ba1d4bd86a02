import type { DataCallback, Disposable, Message } from 'vscode-languageserver/node';
import type { Localized } from '../core/index.js';
import { AbstractMessageReader } from './protocol.js';

/**
 * Largest message body read, in bytes. A `didOpen` of a document of 6 000 000 characters (the
 * analysis limit) is at most 36 MB of JSON (a control character is escaped as six bytes, `\u0000`;
 * any other character takes at most three bytes of UTF-8 per UTF-16 unit); VS Code itself does not
 * send documents over 50 MB to extensions.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Longest header block: a client's are under 100 bytes. */
const MAX_HEADER_BYTES = 8 * 1024;

const END_OF_HEADERS = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /content-length:/i;

/** JSON-RPC 2.0 error codes for a body that is not JSON, or not a message. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

export interface FramingListener {
  /** A frame was skipped or refused; said in the log. */
  skipped(problem: Localized): void;
  /** The answer to a body that could not be read as a message (JSON-RPC: Parse error, Invalid Request). */
  reply(response: Message): void;
}

/**
 * The LSP base protocol read from a byte stream (`Content-Length: n\r\n\r\n` then n bytes of JSON),
 * so that no frame can desynchronise the stream for good or hold unbounded memory. vscode-jsonrpc's
 * reader stops at a header without a valid Content-Length and buffers whatever length is claimed.
 * Here a bad header block is skipped and reading resumes at the next `Content-Length:` in the
 * stream (a JSON body cannot hold one that starts a header line, since raw line breaks are not allowed in
 * JSON strings), a body over `MAX_BODY_BYTES` is dropped as it arrives (from its header to the next
 * `Content-Length:`), and a body that is not JSON gets the JSON-RPC Parse error.
 */
export class FramedMessageReader extends AbstractMessageReader {
  /** Bytes of a header block (or of a possible `Content-Length:` split between chunks) not yet read. */
  private pending = Buffer.alloc(0);
  /** Looking for the next `Content-Length:` after a bad frame; the bytes before it are dropped. */
  private resynchronising = false;
  private body: { length: number; received: number; chunks: Buffer[] } | undefined;
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly listener: FramingListener,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.read(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('close', onClose);
      },
    };
  }

  private read(chunk: Buffer): void {
    let rest = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (rest.length > 0) {
      if (this.body) {
        const body = this.body;
        const taken = Math.min(rest.length, body.length - body.received);
        body.chunks.push(rest.subarray(0, taken));
        body.received += taken;
        rest = rest.subarray(taken);
        if (body.received === body.length) {
          this.body = undefined;
          this.deliver(Buffer.concat(body.chunks, body.length));
        }
      } else if (this.resynchronising) {
        const text = rest.toString('latin1');
        const found = text.search(CONTENT_LENGTH);
        if (found < 0) {
          // Keep what could be the start of a `Content-Length:` cut by the chunk's end.
          this.pending = Buffer.from(rest.subarray(Math.max(0, rest.length - ('content-length:'.length - 1))));
          return;
        }
        this.resynchronising = false;
        rest = rest.subarray(found);
      } else {
        const end = rest.subarray(0, MAX_HEADER_BYTES + END_OF_HEADERS.length).indexOf(END_OF_HEADERS);
        if (end < 0) {
          if (rest.length < MAX_HEADER_BYTES + END_OF_HEADERS.length) {
            this.pending = Buffer.from(rest);
            return;
          }
          rest = this.skip(rest, { fr: `un en-tête de plus de ${MAX_HEADER_BYTES} octets`, en: `a header over ${MAX_HEADER_BYTES} bytes` });
          continue;
        }
        const length = contentLength(rest.toString('latin1', 0, end));
        if (typeof length !== 'number') {
          rest = this.skip(rest, length);
        } else if (length > MAX_BODY_BYTES) {
          this.listener.skipped({
            fr: `Message refusé : Content-Length ${length} dépasse ${MAX_BODY_BYTES} octets ; ses octets sont ignorés jusqu'au prochain en-tête Content-Length.`,
            en: `Message refused: Content-Length ${length} is over ${MAX_BODY_BYTES} bytes; its bytes are dropped up to the next Content-Length header.`,
          });
          this.resynchronising = true;
          rest = rest.subarray(end + END_OF_HEADERS.length);
        } else {
          rest = rest.subarray(end + END_OF_HEADERS.length);
          // An empty body is complete at once (and is no JSON).
          if (length === 0) this.deliver(Buffer.alloc(0));
          else this.body = { length, received: 0, chunks: [] };
        }
      }
    }
  }

  /** A bad header block: said, then the bytes up to the next `Content-Length:` after its start are dropped. */
  private skip(block: Buffer, reason: Localized): Buffer {
    this.listener.skipped({
      fr: `En-tête de message ignoré (${reason.fr}) ; lecture reprise au prochain en-tête Content-Length.`,
      en: `Message header skipped (${reason.en}); reading resumes at the next Content-Length header.`,
    });
    this.resynchronising = true;
    return block.subarray(1);
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      this.listener.skipped({
        fr: `Corps de message qui n'est pas du JSON (${body.length} octets) : erreur d'analyse renvoyée.`,
        en: `Message body that is not JSON (${body.length} bytes): parse error returned.`,
      });
      this.listener.reply({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: 'Parse error' } } as Message);
      return;
    }
    if (!isMessage(message)) {
      const id = (message as { id?: unknown } | null)?.id;
      this.listener.skipped({ fr: 'Message JSON-RPC invalide : requête invalide renvoyée.', en: 'Invalid JSON-RPC message: invalid request returned.' });
      this.listener.reply({
        jsonrpc: '2.0',
        id: typeof id === 'number' || typeof id === 'string' ? id : null,
        error: { code: INVALID_REQUEST, message: 'Invalid Request' },
      } as Message);
      return;
    }
    this.callback?.(message);
  }
}

/** The Content-Length of a header block, or why there is none that can be used. */
function contentLength(block: string): number | Localized {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return { fr: `ligne sans « : »`, en: `a line without ":"` };
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value))
      return { fr: `Content-Length « ${value.slice(0, 40)} » n'est pas un nombre`, en: `Content-Length "${value.slice(0, 40)}" is not a number` };
    if (length !== undefined && length !== Number(value)) return { fr: 'deux Content-Length différents', en: 'two different Content-Length' };
    length = Number(value);
  }
  return length ?? { fr: 'pas de Content-Length', en: 'no Content-Length' };
}

/** A request, a notification or a response, as JSON-RPC 2.0 defines them. */
function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { method, id } = value as { method?: unknown; id?: unknown };
  const validId = typeof id === 'number' || typeof id === 'string';
  if (method !== undefined) return typeof method === 'string' && (id === undefined || validId);
  return (validId || id === null) && ('result' in value || 'error' in value);
}
