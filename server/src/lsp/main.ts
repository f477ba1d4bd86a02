import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from './protocol.js';
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

// stdio for any LSP client, node IPC for the VS Code extension; other transports as the library chooses.
const connection = args.includes('--stdio')
  ? connect(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
  : args.includes('--node-ipc')
    ? connect(new IPCMessageReader(process), new IPCMessageWriter(process))
    : createConnection(ProposedFeatures.all);
startServer(connection, incoming);
