/**
 * Pages for anyone live under this prefix. The server sends them public.html, their own light
 * entry; they never restore a session, so an anonymous visit sends no refresh.
 */
export const PUBLIC_PATH_PREFIX = '/public/';

export function isPublicPath(pathname: string): boolean {
  return pathname.startsWith(PUBLIC_PATH_PREFIX);
}
