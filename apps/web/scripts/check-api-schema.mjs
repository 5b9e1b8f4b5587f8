// Fails when src/api/schema.d.ts is not what `npm run generate:api` makes of the committed
// apps/api/openapi.json, so a stale typed client cannot slip through CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(webRoot, 'src/api/schema.d.ts');
const scratch = mkdtempSync(join(tmpdir(), 'skillpay-schema-'));
const fresh = join(scratch, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', '../api/openapi.json', '-o', fresh], {
    cwd: webRoot,
    stdio: 'pipe',
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'apps/web/src/api/schema.d.ts is stale: run `npm run generate:api -w @skillpay/web` and commit it.',
    );
    process.exit(1);
  }
  console.log('apps/web/src/api/schema.d.ts matches apps/api/openapi.json');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
