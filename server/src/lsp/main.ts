import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from './protocol.js';
import { IncomingVersions } from './incoming.js';
import { startServer } from './server.js';

const incoming = new IncomingVersions();
const args = process.argv.slice(2);
// stdio for any LSP client, node IPC for the VS Code extension; other transports as the library chooses.
const connection = args.includes('--stdio')
  ? createConnection(ProposedFeatures.all, incoming.watch(new StreamMessageReader(process.stdin)), new StreamMessageWriter(process.stdout))
  : args.includes('--node-ipc')
    ? createConnection(ProposedFeatures.all, incoming.watch(new IPCMessageReader(process)), new IPCMessageWriter(process))
    : createConnection(ProposedFeatures.all);
startServer(connection, incoming);
