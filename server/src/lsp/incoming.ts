import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';

/**
 * Newest document versions the transport has read, before the connection dispatches them.
 * vscode-jsonrpc dispatches one queued message per event-loop turn, so an analysis scheduled after
 * edit N would otherwise run before edits N+1… are applied; with this, the server knows they are
 * coming and skips the superseded version instead of waiting a fixed delay.
 */
export class IncomingVersions {
  private readonly newest = new Map<string, number>();

  /** Wraps a reader so every parsed message is seen here first. */
  watch(reader: MessageReader): MessageReader {
    return new Proxy(reader, {
      get: (target, property, receiver) => {
        if (property === 'listen') {
          return (callback: DataCallback): Disposable =>
            target.listen((message: Message) => {
              this.record(message);
              callback(message);
            });
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  private record(message: Message): void {
    const notification = message as { method?: string; params?: { textDocument?: { uri?: string; version?: number } } };
    const document = notification.params?.textDocument;
    if (!document?.uri) return;
    // The last version read, not the highest: a client that sends versions out of order still has its
    // last edit applied last, and comparing numbers would leave the document superseded forever.
    if ((notification.method === 'textDocument/didChange' || notification.method === 'textDocument/didOpen') && typeof document.version === 'number') {
      this.newest.set(document.uri, document.version);
    } else if (
      notification.method === 'textDocument/didChange' ||
      notification.method === 'textDocument/didOpen' ||
      notification.method === 'textDocument/didClose'
    ) {
      this.newest.delete(document.uri);
    }
  }

  /** A later edit of this document than the one at `version` has been read but not yet applied. */
  superseded(uri: string, version: number): boolean {
    const newest = this.newest.get(uri);
    return newest !== undefined && newest !== version;
  }
}
