import { type ServerResponse } from 'node:http';
import path from 'node:path';

/** Vite's build output: every file under assets/ carries a hash of its content in its name. */
const HASHED_ASSETS_DIR = `${path.sep}assets${path.sep}`;

/**
 * Cache-Control for the built web app: a hashed file never changes under its name, so browsers
 * keep it for a year without asking again; everything else, index.html above all, is
 * revalidated on each load so a new version is picked up at once (as deploy/nginx.conf does).
 */
export function webCacheControl(filePath: string): string {
  return filePath.includes(HASHED_ASSETS_DIR) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `setHeaders` of the static file server. */
export function setWebCacheHeaders(response: ServerResponse, filePath: string): void {
  response.setHeader('Cache-Control', webCacheControl(filePath));
}
