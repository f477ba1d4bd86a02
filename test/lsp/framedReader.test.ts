import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { FramedMessageReader, MAX_BODY_BYTES } from '../../server/src/lsp/framing.js';

const frame = (message: object) => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** What the reader makes of `bytes` written in the given chunks: messages delivered, replies, problems said. */
async function read(bytes: Buffer, cuts: number[] = []): Promise<{ messages: Message[]; replies: Message[]; skipped: number }> {
  const stream = new PassThrough();
  const messages: Message[] = [];
  const replies: Message[] = [];
  let skipped = 0;
  const reader = new FramedMessageReader(stream, { skipped: () => skipped++, reply: (response) => replies.push(response) });
  reader.listen((message) => messages.push(message));
  let start = 0;
  for (const cut of [...new Set(cuts)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b)) {
    stream.write(bytes.subarray(start, cut));
    start = cut;
    await new Promise((resolve) => setImmediate(resolve));
  }
  stream.end(bytes.subarray(start));
  await new Promise((resolve) => stream.on('close', resolve));
  return { messages, replies, skipped };
}

const request = (id: number, text = 'é') => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { text } });

describe('FramedMessageReader (LSP base protocol framing)', () => {
  it('reads well-framed messages, whatever the case of the header and other headers beside it', async () => {
    const body = JSON.stringify(request(2));
    const bytes = Buffer.from(
      `${frame(request(1))}content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    const { messages, skipped } = await read(bytes);
    assert.deepEqual(messages, [request(1), request(2)]);
    assert.equal(skipped, 0);
  });

  it('the same messages, replies and problems however the bytes are cut into chunks (one byte at a time included)', async () => {
    const bytes = Buffer.from(
      [
        frame(request(1, 'Contrat « à être signé »')),
        'Content-Length: nine\r\n\r\n{"x":1}',
        frame(request(2)),
        'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}',
        frame(request(3)),
        `Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n${'z'.repeat(1000)}`,
        frame(request(4)),
        'Content-Length: 3\r\n\r\n[1]',
        frame(request(5)),
      ].join(''),
    );
    const whole = await read(bytes);
    assert.deepEqual(
      whole.messages,
      [1, 2, 3, 4, 5].map((id) => request(id, id === 1 ? 'Contrat « à être signé »' : 'é')),
    );
    assert.deepEqual(
      whole.replies.map((reply) => (reply as { error?: { code: number } }).error?.code),
      [-32700, -32600],
    );
    assert.ok(whole.skipped >= 4);
    assert.deepEqual(await read(bytes, [...bytes.keys()]), whole);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }), async (cuts) => {
        assert.deepEqual(await read(bytes, cuts), whole);
      }),
      { numRuns: 100, seed: 15 },
    );
  });

  it('an empty body gets its Parse error at once, before any other byte arrives', async () => {
    const stream = new PassThrough();
    const replies: Message[] = [];
    new FramedMessageReader(stream, { skipped: () => undefined, reply: (response) => replies.push(response) }).listen(() => undefined);
    stream.write('Content-Length: 0\r\n\r\n');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(replies, [{ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }]);
  });

  it('drops the bytes of an oversized body as they come: it keeps no more than a header and a few bytes', async () => {
    const stream = new PassThrough();
    const messages: Message[] = [];
    const reader = new FramedMessageReader(stream, { skipped: () => undefined, reply: () => undefined });
    reader.listen((message) => messages.push(message));
    stream.write(`Content-Length: ${2 ** 31}\r\n\r\n`);
    for (let written = 0; written < 100; written++) stream.write(Buffer.alloc(64 * 1024, 'a'));
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok((reader as unknown as { pending: Buffer }).pending.length < 16, 'no buffered bytes');
    stream.end(frame(request(1)));
    await new Promise((resolve) => stream.on('close', resolve));
    assert.deepEqual(messages, [request(1)]);
  });
});
