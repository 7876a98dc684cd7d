// Test helper: a real SMTP server (smtp-server) on 127.0.0.1, port 0, whose
// answers a test scripts: refuse the first N connections with 421, reject
// chosen recipients with a code, answer a message's final "." late or never,
// and keep every message that arrived in full.
import { createServer, type Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the server accepted. */
export interface ReceivedMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: Buffer;
}

/** How the server should misbehave. */
export interface ServerScript {
  /** Answer the first N connections with "421 Too busy" and hang up. */
  readonly busyConnections?: number;
  /** Recipient address -> reply code for RCPT TO (e.g. 550, 450). */
  readonly rejectRecipients?: Readonly<Record<string, number>>;
  /** Reject RCPT TO with the code in rejectRecipients only for the first N times each address is seen. */
  readonly rejectTimes?: number;
  /** Require this user and password. */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Keep every message, then hold the answer to its final "." this long, ms (a server slower than the client's timeout). */
  readonly holdAnswerMs?: number;
  /** Keep the first N messages, then drop the connection instead of answering their final ".". */
  readonly dropAfterData?: number;
  /** Answer every message's final "." with this code instead of 250 (the message is still kept in `messages`). */
  readonly refuseData?: number;
  /** Runs when a message has arrived in full, before the server answers (a test's chance to break the client's disk). */
  readonly onMessage?: (message: ReceivedMessage) => Promise<void>;
}

export interface TestSmtpServer {
  readonly url: string;
  readonly messages: ReceivedMessage[];
  /** Connections made (including refused ones). */
  readonly connections: () => number;
  close(): Promise<void>;
}

export async function startSmtpServer(script: ServerScript = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMessage[] = [];
  const rejections = new Map<string, number>();
  const sockets = new Set<Socket>();
  const holds = new Set<NodeJS.Timeout>();
  let connections = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: script.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !script.auth,
    allowInsecureAuth: true,
    onConnect(_session, callback) {
      connections += 1;
      if (connections <= (script.busyConnections ?? 0)) return callback(withCode(new Error('Too busy, try again later'), 421));
      callback();
    },
    onAuth(auth, _session, callback) {
      if (script.auth && auth.username === script.auth.user && auth.password === script.auth.pass) return callback(null, { user: auth.username });
      callback(withCode(new Error('Authentication failed'), 535));
    },
    onRcptTo(address, _session, callback) {
      const code = script.rejectRecipients?.[address.address];
      const seen = (rejections.get(address.address) ?? 0) + 1;
      rejections.set(address.address, seen);
      if (code !== undefined && seen <= (script.rejectTimes ?? Number.POSITIVE_INFINITY)) {
        return callback(withCode(new Error(code >= 500 ? 'No such user here' : 'Mailbox busy, try later'), code));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      // A message cut off by a dropped connection is simply not a message.
      stream.on('error', () => undefined);
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const message = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
        };
        messages.push(message);
        await script.onMessage?.(message);
        if (messages.length <= (script.dropAfterData ?? 0)) {
          for (const socket of sockets) socket.destroy();
          return;
        }
        if (script.refuseData !== undefined) return callback(withCode(new Error('Message refused by content filter'), script.refuseData));
        if (script.holdAnswerMs === undefined) return callback(null, `Queued as T${messages.length}`);
        const hold = setTimeout(() => {
          holds.delete(hold);
          callback(null, `Queued as T${messages.length}`);
        }, script.holdAnswerMs);
        holds.add(hold);
      });
    },
  });
  server.on('error', () => undefined);
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const credentials = script.auth ? `${script.auth.user}:${script.auth.pass}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    messages,
    connections: () => connections,
    close: () => {
      for (const hold of holds) clearTimeout(hold);
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function withCode(error: Error, responseCode: number): Error {
  return Object.assign(error, { responseCode });
}
