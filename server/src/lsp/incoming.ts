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
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  private record(message: Message): void {
    const notification = message as { method?: string; params?: { textDocument?: { uri?: string; version?: number } } };
    const document = notification.params?.textDocument;
    if ((notification.method === 'textDocument/didChange' || notification.method === 'textDocument/didOpen') && document?.uri && typeof document.version === 'number') {
      this.newest.set(document.uri, Math.max(document.version, this.newest.get(document.uri) ?? -Infinity));
    } else if (notification.method === 'textDocument/didClose' && document?.uri) {
      this.newest.delete(document.uri);
    }
  }

  /** A version of this document newer than `version` has been read but not yet applied. */
  superseded(uri: string, version: number): boolean {
    return (this.newest.get(uri) ?? -Infinity) > version;
  }
}
