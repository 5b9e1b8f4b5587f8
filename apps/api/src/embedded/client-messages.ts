/**
 * Keeps each client's multi-message exchanges together on their way into PGlite. The socket
 * server hands PGlite one wire message per call and, outside a transaction, interleaves clients'
 * messages; but PGlite is one session, so:
 * - COPY … FROM STDIN cannot be resumed across calls: the CopyData after the query broke the
 *   connection (electric-sql/pglite#1028, open). The client gets the CopyInResponse it waits for
 *   at once, its CopyData is held until CopyDone or CopyFail, and PGlite receives query, data and
 *   end in one call (its own CopyInResponse is not passed on twice). The payload is held in memory:
 *   an upload's rows are limited (WAGE_UPLOAD_LIMITS), and embedded mode is for a single machine.
 * - the extended protocol's unnamed statement and portal are shared by every client: one client's
 *   Parse … Sync is held and passed on whole, so no other client's Bind lands in between. Named
 *   statements are per connection in PostgreSQL but would be shared here too: each client's names
 *   get its own prefix.
 */

/** What the socket server's query queue offers (pglite-socket's QueryQueueManager). */
export interface QueryQueue {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  clearQueueForHandler(handlerId: number): void;
}

const QUERY = 0x51; // 'Q'
const COPY_DONE = 0x63; // 'c'
const COPY_FAIL = 0x66; // 'f'
const COPY_IN_RESPONSE = 0x47; // 'G'

const PARSE = 0x50; // 'P'
const BIND = 0x42; // 'B'
const DESCRIBE = 0x44; // 'D'
const CLOSE = 0x43; // 'C'
const SYNC = 0x53; // 'S'
const FLUSH = 0x48; // 'H'
/** Parse, Bind, Describe, Execute, Close, Flush, Sync */
const EXTENDED = new Set([PARSE, BIND, DESCRIBE, 0x45, CLOSE, FLUSH, SYNC]);

const COPY_FROM_STDIN = /^\s*COPY\b[\s\S]*\bFROM\s+STDIN\b/i;

/** CopyInResponse: text format, no per-column formats (clients stream their rows regardless). */
const COPY_IN_RESPONSE_MESSAGE = Uint8Array.from([COPY_IN_RESPONSE, 0, 0, 0, 7, 0, 0, 0]);

function isCopyFromStdin(message: Uint8Array): boolean {
  if (message[0] !== QUERY) return false;
  // 'Q', length, the query as a NUL-terminated string
  const text = Buffer.from(message.buffer, message.byteOffset + 5, Math.max(0, message.length - 6));
  return COPY_FROM_STDIN.test(text.toString('utf8'));
}

/** The response without PGlite's own CopyInResponse (the client had the synthesised one). */
function withoutCopyInResponse(data: Uint8Array, state: { stripped: boolean }): Uint8Array {
  if (state.stripped || data.length < 5 || data[0] !== COPY_IN_RESPONSE) return data;
  state.stripped = true;
  const length = 1 + Buffer.from(data.buffer, data.byteOffset + 1, 4).readInt32BE(0);
  return data.subarray(length);
}

/**
 * The message with the prepared statement it names prefixed by the client's id: Parse and Bind
 * name it in their first or second string, Describe and Close (of a statement, 'S') after a byte.
 * The unnamed statement ('') stays as it is.
 */
function ownStatementName(handlerId: number, message: Uint8Array): Uint8Array {
  const type = message[0];
  let at = 5;
  if (type === BIND)
    at = message.indexOf(0, at) + 1; // after the portal's name
  else if (type === DESCRIBE || type === CLOSE) {
    if (message[at] !== 0x53) return message; // a portal
    at += 1;
  } else if (type !== PARSE) return message;
  if (message[at] === 0) return message;
  const prefix = Buffer.from(`c${handlerId}_`);
  const renamed = Buffer.concat([message.subarray(0, at), prefix, message.subarray(at)]);
  renamed.writeInt32BE(renamed.length - 1, 1);
  return renamed;
}

/** Makes `queue` keep each client's COPY and extended-protocol exchanges together (see above). */
export function keepClientMessagesTogether(queue: QueryQueue): void {
  const enqueue = queue.enqueue.bind(queue);
  const clear = queue.clearQueueForHandler.bind(queue);
  const copying = new Map<number, Uint8Array[]>();
  const batches = new Map<number, Uint8Array[]>();

  queue.enqueue = (handlerId, message, onData) => {
    const held = copying.get(handlerId);
    if (held) {
      held.push(message);
      if (message[0] !== COPY_DONE && message[0] !== COPY_FAIL) return Promise.resolve(0);
      copying.delete(handlerId);
      const state = { stripped: false };
      return enqueue(handlerId, Buffer.concat(held), (data) => {
        const rest = withoutCopyInResponse(data, state);
        if (rest.length > 0) onData(rest);
      });
    }
    if (isCopyFromStdin(message)) {
      copying.set(handlerId, [message]);
      onData(COPY_IN_RESPONSE_MESSAGE);
      return Promise.resolve(COPY_IN_RESPONSE_MESSAGE.length);
    }
    if (EXTENDED.has(message[0])) {
      const batch = batches.get(handlerId) ?? [];
      batch.push(ownStatementName(handlerId, message));
      if (message[0] !== SYNC && message[0] !== FLUSH) {
        batches.set(handlerId, batch);
        return Promise.resolve(0);
      }
      batches.delete(handlerId);
      message = Buffer.concat(batch);
    }
    return enqueue(handlerId, message, onData);
  };
  queue.clearQueueForHandler = (handlerId) => {
    copying.delete(handlerId);
    batches.delete(handlerId);
    clear(handlerId);
  };
}
