import { EventEmitter } from 'node:events';
import net from 'node:net';

/**
 * A fault-injecting TCP proxy for sync tests: it sits on loopback between the
 * client and the real head-office server and, request by request, takes the
 * next fault from its schedule (an empty schedule passes everything). It reads
 * HTTP/1.1 framing only as far as needed to know where a request and its
 * response end, so a fault hits one exchange and the rest of the stream stays
 * valid. Each request gets its own upstream connection: a fault that kills one
 * exchange cannot leave half an answer queued for the next.
 */
export type Fault =
  /** Forward as is. */
  | { kind: 'pass' }
  /** Close the client's connection once its request is read; head office never sees it. */
  | { kind: 'drop' }
  /** Hold the request this long before forwarding it. */
  | { kind: 'delay'; ms: number }
  /** Request and response both paced to this rate (default 64 kbit/s). */
  | { kind: 'throttle'; bitsPerSecond?: number }
  /** Head office gets the request and answers; the client gets only the first `afterBytes` of the answer, then the connection closes. */
  | { kind: 'cut'; afterBytes: number }
  /** TCP RST to the client: before forwarding (`request`) or after head office answered (`response`). */
  | { kind: 'reset'; phase: 'request' | 'response' }
  /**
   * Head office gets the request twice: `twice` sends the bytes back to back on
   * one connection (pipelined), `replay` sends a captured copy after the first
   * exchange completed, `concurrent` sends both at once on two connections.
   * The client sees the first answer only.
   */
  | { kind: 'duplicate'; mode: 'twice' | 'replay' | 'concurrent' }
  /** Forward; when head office has answered, keep the answer and emit `held` until `release()`. */
  | { kind: 'holdResponse' }
  /** Forward the head and `bytes` of the body, emit `held`, and wait for `release()` before sending the rest. */
  | { kind: 'holdRequest'; bytes: number };

export interface ExchangeLog {
  fault: Fault['kind'];
  method: string;
  path: string;
  /** Head office's status, when an answer came back (0: none). */
  status: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  /** Faults still to be consumed, first first. */
  readonly schedule: Fault[];
  /** Replaces the schedule. */
  load(faults: readonly Fault[]): void;
  /** Points the proxy at another upstream port (a restarted server). */
  retarget(port: number): void;
  /** Every exchange seen, in order. */
  readonly log: ExchangeLog[];
  /** `held` (a hold fault reached its point). */
  readonly events: EventEmitter;
  /** Lets a held exchange go on; `deliver: false` drops it there (the answer, or the rest of the request, goes nowhere). */
  release(options?: { deliver?: boolean }): void;
  /** Resolves when no exchange or replay is under way. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CHUNKED_END = Buffer.from('0\r\n\r\n');
export const SIXTY_FOUR_KBIT = 64_000;

interface Message {
  bytes: Buffer;
  head: string;
  /** Where the body starts in `bytes`. */
  bodyStart: number;
}

/** The first complete HTTP/1.1 message in `buffer` (request or response), or null while it is still arriving. */
export function takeMessage(buffer: Buffer, isResponseToHead = false): { message: Message; rest: Buffer } | null {
  const headEnd = buffer.indexOf(HEAD_END);
  if (headEnd < 0) return null;
  const bodyStart = headEnd + HEAD_END.length;
  const head = buffer.subarray(0, headEnd).toString('latin1');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  let end: number;
  const length = header('content-length');
  if (isResponseToHead || /^HTTP\/1\.\d (1\d\d|204|304)/.test(head)) end = bodyStart;
  else if (length !== undefined) end = bodyStart + Number(length);
  else if (/chunked/i.test(header('transfer-encoding') ?? '')) {
    const at = buffer.indexOf(CHUNKED_END, bodyStart);
    if (at < 0) return null;
    end = at + CHUNKED_END.length;
  } else if (/^HTTP\//.test(head)) return null; // a response without length ends when the connection does
  else end = bodyStart; // a request without a body
  if (buffer.length < end) return null;
  return { message: { bytes: buffer.subarray(0, end), head, bodyStart }, rest: buffer.subarray(end) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `data` at `bitsPerSecond`, in slices every 50 ms; stops early if the socket goes. */
async function paced(socket: net.Socket, data: Buffer, bitsPerSecond: number): Promise<void> {
  const slice = Math.max(1, Math.floor(bitsPerSecond / 8 / 20));
  for (let at = 0; at < data.length && !socket.destroyed; at += slice) {
    socket.write(data.subarray(at, at + slice));
    if (at + slice < data.length) await sleep(50);
  }
}

/** Sends `request` upstream and resolves with `count` complete responses (fewer if the server closes first). */
function exchangeUpstream(
  port: number,
  request: Buffer,
  options: { count?: number; send?: (socket: net.Socket) => Promise<void> } = {},
): { socket: net.Socket; responses: Promise<Message[]> } {
  const socket = net.connect({ port, host: '127.0.0.1' });
  const count = options.count ?? 1;
  const responses = new Promise<Message[]>((resolve) => {
    const got: Message[] = [];
    let buffer: Buffer = Buffer.alloc(0);
    const finish = () => {
      socket.destroy();
      resolve(got);
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let taken = takeMessage(buffer); taken; taken = takeMessage(buffer)) {
        got.push(taken.message);
        buffer = taken.rest;
        if (got.length === count) return finish();
      }
    });
    socket.on('error', finish);
    socket.on('close', finish);
  });
  socket.once('connect', () => void (options.send ? options.send(socket) : Promise.resolve(socket.write(request))));
  return { socket, responses };
}

export async function startFaultProxy(options: { targetPort: number; schedule?: readonly Fault[] }): Promise<FaultProxy> {
  let targetPort = options.targetPort;
  const schedule: Fault[] = [...(options.schedule ?? [])];
  const log: ExchangeLog[] = [];
  const events = new EventEmitter();
  const sockets = new Set<net.Socket>();
  let busy = 0;
  let idleWaiters: (() => void)[] = [];
  let releaseHeld: ((deliver: boolean) => void) | null = null;
  const track = async (work: Promise<unknown>) => {
    busy += 1;
    try {
      await work;
    } finally {
      busy -= 1;
      if (busy === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  };
  const held = () =>
    new Promise<boolean>((resolve) => {
      releaseHeld = resolve;
      events.emit('held');
    });

  async function handle(client: net.Socket, request: Message, fault: Fault, entry: ExchangeLog): Promise<void> {
    const statusOf = (m: Message | undefined) => Number(/^HTTP\/1\.\d (\d{3})/.exec(m?.head ?? '')?.[1] ?? 0);
    const toClient = (m: Message | undefined) => {
      entry.status = statusOf(m);
      if (m && !client.destroyed) client.write(m.bytes);
    };

    switch (fault.kind) {
      case 'drop':
        client.destroy();
        return;
      case 'reset':
        if (fault.phase === 'request') {
          client.resetAndDestroy();
          return;
        }
        entry.status = statusOf((await exchangeUpstream(targetPort, request.bytes).responses)[0]);
        client.resetAndDestroy();
        return;
      case 'delay':
        await sleep(fault.ms);
        toClient((await exchangeUpstream(targetPort, request.bytes).responses)[0]);
        return;
      case 'throttle': {
        const bps = fault.bitsPerSecond ?? SIXTY_FOUR_KBIT;
        const [response] = await exchangeUpstream(targetPort, request.bytes, { send: (s) => paced(s, request.bytes, bps) }).responses;
        entry.status = statusOf(response);
        if (response) await paced(client, response.bytes, bps);
        return;
      }
      case 'cut': {
        const [response] = await exchangeUpstream(targetPort, request.bytes).responses;
        entry.status = statusOf(response);
        if (response && !client.destroyed) client.write(response.bytes.subarray(0, Math.min(fault.afterBytes, response.bytes.length - 1)));
        client.destroy();
        return;
      }
      case 'duplicate': {
        if (fault.mode === 'twice') {
          const [first] = await exchangeUpstream(targetPort, Buffer.concat([request.bytes, request.bytes]), { count: 2 }).responses;
          return toClient(first);
        }
        if (fault.mode === 'concurrent') {
          const a = exchangeUpstream(targetPort, request.bytes).responses;
          const b = exchangeUpstream(targetPort, request.bytes).responses;
          toClient((await Promise.race([a, b]))[0]);
          await Promise.all([a, b]);
          return;
        }
        toClient((await exchangeUpstream(targetPort, request.bytes).responses)[0]);
        await exchangeUpstream(targetPort, request.bytes).responses; // the replay; its answer goes nowhere
        return;
      }
      case 'holdResponse': {
        const [response] = await exchangeUpstream(targetPort, request.bytes).responses;
        if (await held()) return toClient(response);
        entry.status = statusOf(response);
        client.destroy();
        return;
      }
      case 'holdRequest': {
        const cutAt = Math.min(request.bytes.length - 1, request.bodyStart + fault.bytes);
        const upstream = exchangeUpstream(targetPort, request.bytes, {
          send: async (s) => {
            s.write(request.bytes.subarray(0, cutAt));
            if (!(await held())) s.destroy();
            else if (!s.destroyed) s.write(request.bytes.subarray(cutAt));
          },
        });
        const [response] = await upstream.responses;
        if (!response) client.destroy();
        return toClient(response);
      }
      case 'pass':
        return toClient((await exchangeUpstream(targetPort, request.bytes).responses)[0]);
    }
  }

  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let buffer: Buffer = Buffer.alloc(0);
    let working = false;
    const pump = () => {
      if (working || client.destroyed) return;
      const taken = takeMessage(buffer);
      if (!taken) return;
      buffer = taken.rest;
      working = true;
      const fault = schedule.shift() ?? { kind: 'pass' };
      const [method = '?', path = '?'] = taken.message.head.split(' ', 2);
      const entry: ExchangeLog = { fault: fault.kind, method, path, status: 0 };
      log.push(entry);
      void track(
        handle(client, taken.message, fault, entry).finally(() => {
          working = false;
          // Without an answer the client can only give up on this connection.
          if (!client.destroyed && entry.status === 0) client.destroy();
          pump();
        }),
      );
    };
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      pump();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    schedule,
    log,
    events,
    load: (faults) => {
      schedule.splice(0, schedule.length, ...faults);
    },
    retarget: (p) => {
      targetPort = p;
    },
    release: (opts) => {
      const r = releaseHeld;
      releaseHeld = null;
      r?.(opts?.deliver ?? true);
    },
    idle: () => (busy === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
