import path from 'node:path';
import { isPublicPageRequest, webCacheControl } from './web-cache';

describe('caching of the built web app', () => {
  const dist = path.join(path.sep, 'srv', 'web', 'dist');

  it('keeps hashed assets for a year without revalidation', () => {
    expect(webCacheControl(path.join(dist, 'assets', 'index-CVp4GUKi.js'))).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('revalidates index.html and the unhashed files on every load', () => {
    expect(webCacheControl(path.join(dist, 'index.html'))).toBe('no-cache');
    expect(webCacheControl(path.join(dist, 'favicon.svg'))).toBe('no-cache');
  });
});

describe('the document of the pages for anyone', () => {
  it('is public.html for GET and HEAD of /public and below', () => {
    expect(isPublicPageRequest('GET', '/public/benchmarks')).toBe(true);
    expect(isPublicPageRequest('HEAD', '/public/cases/2')).toBe(true);
    expect(isPublicPageRequest('GET', '/public')).toBe(true);
  });

  it('is index.html (the static fallback) for every other page, and never for the API', () => {
    expect(isPublicPageRequest('GET', '/login')).toBe(false);
    expect(isPublicPageRequest('GET', '/publications')).toBe(false);
    expect(isPublicPageRequest('GET', '/api/public/benchmarks')).toBe(false);
    expect(isPublicPageRequest('POST', '/public/benchmarks')).toBe(false);
  });
});
