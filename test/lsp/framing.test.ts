import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { readExample } from '../helpers.js';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const URI = 'file:///framing/avis.md';

interface Response {
  id?: number | string | null;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * The bundled server over stdio, written to byte by byte: the frames a test sends are exactly the
 * bytes it wrote, well framed or not. Its output is read by vscode-jsonrpc (the server frames well).
 */
class RawClient {
  readonly responses: Response[] = [];
  readonly logged: string[] = [];
  readonly process: ChildProcess;
  private nextId = 1;

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    new StreamMessageReader(this.process.stdout!).listen((message) => {
      const received = message as Response & { params?: { message?: string } };
      if (received.method === 'window/logMessage') this.logged.push(received.params?.message ?? '');
      else if (received.method === undefined) this.responses.push(received);
    });
  }

  write(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.process.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  static frame(message: object): Buffer {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  }

  /** A well-framed request; resolves with its response (or rejects after `timeout` ms). */
  async request(method: string, params: object, timeout = 10_000): Promise<Response> {
    const id = this.nextId++;
    await this.write(RawClient.frame({ id, method, params }));
    return this.until(() => this.responses.find((response) => response.id === id), `no answer to ${method} (id ${id}) within ${timeout} ms`, timeout);
  }

  async until<T>(probe: () => T | undefined, failure: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline || this.process.exitCode !== null)
        throw new Error(this.process.exitCode !== null ? `the server exited (${this.process.exitCode})` : failure);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The outline of the open example: answered and not empty means the server still reads its input. */
  async outline(): Promise<unknown[]> {
    const response = await this.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.equal(response.error, undefined);
    assert.ok(Array.isArray(response.result) && response.result.length > 0, 'an outline');
    return response.result as unknown[];
  }

  /** Peak resident memory of the server process (Linux). */
  peakResidentBytes(): number {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/^VmHWM:\s*(\d+) kB/m.exec(status)![1]) * 1024;
  }
}

describe('LSP transport: Content-Length framing (issue 15, 13)', function () {
  this.timeout(60_000);
  let client: RawClient;

  beforeEach(async () => {
    client = new RawClient();
    const initialize = await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok(initialize.result);
    await client.write(RawClient.frame({ method: 'initialized', params: {} }));
    await client.write(
      RawClient.frame({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: readExample('ao-services-techniques-defauts.md') } },
      }),
    );
    await client.outline();
  });

  afterEach(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  // A request that a broken frame swallows: it must not be answered, and the server must not die.
  const lost = (id: string) =>
    JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: URI }, position: { line: 0, character: 0 } } });

  it('a header block without Content-Length, or with one that is not a number, is skipped: the next well-framed request is answered', async () => {
    const broken = [
      `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${lost('no-length')}`,
      `Content-Length: abc\r\n\r\n${lost('letters')}`,
      `Content-Length: 12abc\r\n\r\n${lost('trailing-letters')}`,
      `Content-Length: -5\r\n\r\n${lost('negative')}`,
      `Content-Length 40\r\n\r\n${lost('no-colon')}`,
      // Garbage with no end of headers for longer than any header block.
      `${'x'.repeat(100_000)}`,
    ];
    for (const frame of broken) {
      await client.write(frame);
      await client.outline();
    }
    assert.deepEqual(
      client.responses.filter((response) => typeof response.id === 'string'),
      [],
      'no swallowed request is answered',
    );
    assert.ok(
      client.logged.some((line) => /Content-Length/.test(line)),
      `a log line names the problem: ${client.logged.join(' | ')}`,
    );
  });

  it('a Content-Length shorter or longer than its body: the server resynchronises on a later header', async () => {
    const body = lost('short');
    await client.write(`Content-Length: ${body.length - 20}\r\n\r\n${body}`);
    await client.outline();
    // A longer claim eats the start of the next message (a notification nobody waits for).
    const longer = lost('long');
    await client.write(`Content-Length: ${longer.length + 30}\r\n\r\n${longer}`);
    await client.write(RawClient.frame({ method: '$/tender/padding', params: { text: 'p'.repeat(200) } }));
    await client.outline();
  });

  it('a body that is not JSON gets a Parse error (-32700, id null); one that is not a message gets Invalid Request (-32600)', async () => {
    await client.write('Content-Length: 11\r\n\r\n{"jsonrpc":');
    await client.outline();
    const parseError = await client.until(() => client.responses.find((response) => response.error?.code === -32700), 'no Parse error');
    assert.equal(parseError.id, null);
    for (const body of ['[1,2]', '42', '{"jsonrpc":"2.0","id":7,"method":5}']) {
      const before = client.responses.length;
      await client.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      await client.outline();
      const invalid = client.responses.slice(before).find((response) => response.error?.code === -32600);
      assert.ok(invalid, `Invalid Request for ${body}`);
    }
  });

  it('a 2 GB Content-Length is refused without buffering: megabytes after it are dropped as they come, and the next message is read', async function () {
    if (!existsSync(`/proc/${client.process.pid}/status`)) this.skip();
    const before = client.peakResidentBytes();
    await client.write('Content-Length: 2147483648\r\n\r\n');
    // 256 MB in 1 MB writes: buffered, they would hold that much memory (and the claim 2 GB).
    const megabyte = Buffer.alloc(1024 * 1024, '{"jsonrpc":"2.0","method":"x","params":"');
    for (let written = 0; written < 256; written++) await client.write(megabyte);
    await client.outline();
    const grown = client.peakResidentBytes() - before;
    assert.ok(grown < 64 * 1024 * 1024, `the server's peak memory grew by ${(grown / 1024 / 1024).toFixed(0)} MB`);
    assert.ok(
      client.logged.some((line) => /2147483648/.test(line)),
      `a log line gives the refused length: ${client.logged.join(' | ')}`,
    );
  });
});
