import path from 'node:path';
import { webCacheControl } from './web-cache';

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
