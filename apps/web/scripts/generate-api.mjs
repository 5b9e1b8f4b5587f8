// Writes src/api/schema.d.ts from the committed OpenAPI document (`--check`: fails when it is stale).
// The openapi-typescript CLI types a multipart file field (`format: binary`) as a string, so a form
// could only be sent with a cast; here such request fields are typed as Blob (a File is one), and
// the client turns the typed body into FormData (app/api/multipart.ts).
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import ts from 'typescript';

const source = new URL('../../api/openapi.json', import.meta.url);
const target = new URL('../src/api/schema.d.ts', import.meta.url);
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

const ast = await openapiTS(source, {
  transform(schema, metadata) {
    const inForm = metadata.path?.includes('/requestBody/content/multipart~1form-data') ?? false;
    if (inForm && schema.format === 'binary') return BLOB;
    return undefined;
  },
});
const output = COMMENT_HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== output) {
    console.error('src/api/schema.d.ts is stale: run `npm run generate:api -w @skillpay/web`');
    process.exit(1);
  }
} else {
  await writeFile(target, output);
}
