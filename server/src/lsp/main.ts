import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from './protocol.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirectory } from '../node/codeCache.js';
import { ParseCache } from '../node/parseCache.js';
import { FramedMessageReader } from './framing.js';
import { LifecycleGate } from './gate.js';
import { IncomingVersions } from './incoming.js';
import { startServer } from './server.js';

const incoming = new IncomingVersions();
const gate = new LifecycleGate();
const args = process.argv.slice(2);

/** The transport, watched (lifecycle, incoming versions); the process ends when the client's side closes. */
function connect(reader: MessageReader, writer: MessageWriter) {
  reader.onClose(() => process.exit(gate.shutDown ? 0 : 1));
  return createConnection(ProposedFeatures.all, incoming.watch(gate.watch(reader, writer)), writer);
}

/** stdio, read by a reader that survives bad framing (a client's bug must not end the session). */
function stdio() {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new FramedMessageReader(process.stdin, {
    skipped: (problem) => server.warn(problem),
    reply: (response) => void writer.write(response),
  });
  return connect(reader, writer);
}

// stdio for any LSP client, node IPC for the VS Code extension; other transports as the library chooses.
const connection = args.includes('--stdio')
  ? stdio()
  : args.includes('--node-ipc')
    ? connect(new IPCMessageReader(process), new IPCMessageWriter(process))
    : createConnection(ProposedFeatures.all);
// The reader reports problems only once the connection listens, which startServer does last.
const server = startServer(connection, incoming, { parseCache: parseCache() });

/**
 * The parses kept across sessions, in the cache directory's `parses` folder, for this bundle (its size
 * and time name it: a rebuilt or updated server reads none of another's).
 */
function parseCache(): ParseCache | undefined {
  const directory = cacheDirectory();
  if (!directory) return undefined;
  const { size, mtimeMs } = statSync(__filename);
  return new ParseCache(join(directory, 'parses'), `${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}-${process.version}`);
}
