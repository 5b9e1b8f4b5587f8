import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream?: Socket;
}

/**
 * A TCP proxy in front of PostgreSQL or Redis that a test switches between passing traffic,
 * refusing connections (nothing listens: ECONNREFUSED), hanging (connections accepted, nothing
 * forwarded either way, as a frozen host or a black-holed network; what was held flows on when it
 * passes again) and cutting (every open connection closed at once, new ones pass).
 */
export class FaultProxy {
  private readonly server: Server;
  private readonly pairs = new Set<Pair>();
  private hanging = false;
  private cutOn?: Buffer;
  port = 0;

  private constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  /** A proxy to `url`'s host and port; `proxied(url)` is the same URL through it. */
  static async start(url: string, defaultPort: number): Promise<FaultProxy> {
    const target = new URL(url);
    const proxy = new FaultProxy(target.hostname, Number(target.port || defaultPort));
    await proxy.listen();
    return proxy;
  }

  proxied(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  private async listen(): Promise<void> {
    this.server.listen(this.port, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
  }

  private accept(client: Socket): void {
    const pair: Pair = { client };
    this.pairs.add(pair);
    client.on('error', () => undefined);
    client.on('close', () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    if (this.hanging) client.pause();
    else this.connect(pair);
  }

  private connect(pair: Pair): void {
    const upstream = createConnection(this.targetPort, this.host);
    pair.upstream = upstream;
    upstream.on('error', () => pair.client.destroy());
    upstream.on('close', () => pair.client.destroy());
    pair.client.on('data', (data: Buffer) => upstream.write(data));
    upstream.on('data', (data: Buffer) => {
      if (this.cutOn && data.includes(this.cutOn)) {
        // the server did it and answered; the client never hears of it
        this.cutOn = undefined;
        this.closeAll();
        return;
      }
      pair.client.write(data);
    });
    pair.client.resume();
  }

  private closeAll(): void {
    // destroy, not resetAndDestroy: Node 20 leaves the handle of a reset accepted socket open
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream?.destroy();
    }
    this.pairs.clear();
  }

  /** Traffic flows again, including what was held while hanging. */
  async pass(): Promise<void> {
    this.hanging = false;
    if (!this.server.listening) await this.listen();
    for (const pair of this.pairs) {
      if (pair.upstream) {
        pair.client.resume();
        pair.upstream.resume();
      } else this.connect(pair);
    }
  }

  /** Open connections closed, new ones refused. */
  async refuse(): Promise<void> {
    this.hanging = false;
    this.closeAll();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  hang(): void {
    this.hanging = true;
    for (const { client, upstream } of this.pairs) {
      client.pause();
      upstream?.pause();
    }
  }

  /** Open connections closed; new ones pass. */
  cut(): void {
    this.closeAll();
  }

  /** Closes every connection when the server's answer contains `bytes`, before passing it on. */
  cutWhenServerSends(bytes: Buffer): void {
    this.cutOn = bytes;
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}

/** The time `work` took, in ms, with its result. */
export async function timed<T>(work: () => PromiseLike<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** Retries `check` until it passes or `ms` are over (then its last failure is thrown). */
export async function eventually<T>(check: () => Promise<T>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
