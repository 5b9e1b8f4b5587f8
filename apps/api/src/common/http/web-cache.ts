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

/** The document of the pages for anyone, beside index.html in Vite's build (apps/web/public.html). */
export const PUBLIC_DOCUMENT = 'public.html';

/**
 * Whether a request is for a page for anyone (/public/…): those get public.html, the web app's
 * light public entry, where every other page gets index.html (docs/web-performance.md).
 */
export function isPublicPageRequest(method: string, pathname: string): boolean {
  return (
    (method === 'GET' || method === 'HEAD') && (pathname === '/public' || pathname.startsWith('/public/'))
  );
}

interface PageRequest {
  method: string;
  path: string;
}

interface PageResponse {
  setHeader(name: string, value: string): unknown;
  sendFile(filePath: string, callback: (error?: Error) => void): void;
}

/**
 * Sends public.html for the pages for anyone, as deploy/nginx.conf does; the static server's
 * fallback sends index.html for the other client-side routes. Without a public.html (a build
 * from before it), the request goes on to index.html: the app's router has the public pages too.
 */
export function servePublicDocument(webDistDir: string) {
  const document = path.join(path.resolve(webDistDir), PUBLIC_DOCUMENT);
  return (request: PageRequest, response: PageResponse, next: (error?: unknown) => void): void => {
    if (!isPublicPageRequest(request.method, request.path)) return next();
    response.setHeader('Cache-Control', webCacheControl(document));
    response.sendFile(document, (error) => (error ? next() : undefined));
  };
}
