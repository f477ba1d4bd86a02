import type { DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';

/** JSON-RPC error codes of the LSP specification. */
const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;

/**
 * The LSP lifecycle, enforced before messages reach the connection (which dispatches whatever it
 * reads): before `initialize`, a request gets ServerNotInitialized and a notification is dropped
 * (`exit` excepted); a second `initialize`, and any request after `shutdown`, get InvalidRequest.
 * An `initialize` whose capabilities are not an object is read as one without any (the library
 * reads them before the server's handler and would fail the request).
 */
export class LifecycleGate {
  private state: 'new' | 'initialized' | 'shutdown' = 'new';

  /** Whether `shutdown` was received: the exit code is then 0, else 1 (LSP `exit`). */
  get shutDown(): boolean {
    return this.state === 'shutdown';
  }

  watch(reader: MessageReader, writer: MessageWriter): MessageReader {
    return new Proxy(reader, {
      get: (target, property, receiver) => {
        if (property === 'listen') {
          return (callback: DataCallback): Disposable =>
            target.listen((message: Message) => {
              if (this.admit(message, writer)) callback(message);
            });
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  private admit(message: Message, writer: MessageWriter): boolean {
    const { method, id } = message as { method?: unknown; id?: unknown };
    // Responses (to the server's own requests) always pass.
    if (typeof method !== 'string') return true;
    const request = id !== undefined && id !== null;
    const refuse = (code: number, text: string) => {
      if (request) void writer.write({ jsonrpc: '2.0', id: id as number | string, error: { code, message: text } } as Message);
      return false;
    };
    if (method === 'exit') return true;
    switch (this.state) {
      case 'new':
        if (method !== 'initialize') return refuse(SERVER_NOT_INITIALIZED, `${method} before initialize`);
        this.state = 'initialized';
        withCapabilities(message);
        return true;
      case 'initialized':
        if (method === 'initialize') return refuse(INVALID_REQUEST, 'initialize was already received');
        if (method === 'shutdown') this.state = 'shutdown';
        return true;
      case 'shutdown':
        return refuse(INVALID_REQUEST, `${method} after shutdown`);
    }
  }
}

function withCapabilities(message: Message): void {
  const params = (message as { params?: unknown }).params;
  if (typeof params !== 'object' || params === null) {
    (message as { params?: unknown }).params = { processId: null, rootUri: null, capabilities: {} };
    return;
  }
  const initialize = params as { capabilities?: unknown };
  if (typeof initialize.capabilities !== 'object' || initialize.capabilities === null) initialize.capabilities = {};
}
