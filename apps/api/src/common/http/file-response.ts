import { StreamableFile } from '@nestjs/common';
import { type Readable } from 'node:stream';

export interface FileResponseOptions {
  /**
   * The name offered to clients that do not read `filename*` (RFC 6266 §4.3); by default the file
   * name with every non-ASCII character replaced by `_`.
   */
  asciiFileName?: string;
}

/**
 * A download: what a service returns when a route answers with a file, and what its controller
 * returns unchanged (`@ApiFileResponse` / `@ApiProduces` document the route; no `@Res()`).
 *
 * It is Nest's `StreamableFile`, so the platform sends it like any other: `Content-Type` as given
 * (never rewritten, e.g. `text/csv; charset=utf-8`), `Content-Disposition` naming the file,
 * `Content-Length` for a buffer, a stream piped with backpressure and destroyed when the client
 * hangs up. Being the platform's own type, no route can forget to register a converter for it.
 */
export class FileResponse extends StreamableFile {
  constructor(
    readonly fileName: string,
    readonly contentType: string,
    readonly body: Buffer | Readable,
    options: FileResponseOptions = {},
  ) {
    // StreamableFile takes a buffer or a stream, but its two overloads do not accept the union
    super(body as Readable, {
      type: contentType,
      disposition: attachmentDisposition(fileName, options.asciiFileName),
    });
  }
}

/**
 * `Content-Disposition` for a download: the UTF-8 name (RFC 6266, RFC 5987 `filename*`) with an
 * ASCII fallback for old clients.
 */
function attachmentDisposition(
  fileName: string,
  asciiFileName = fileName.replace(/[^\x20-\x7e]/g, '_'),
): string {
  return `attachment; filename="${asciiFileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
