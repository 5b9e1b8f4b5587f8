// Writes src/api/schema.d.ts from the committed OpenAPI document (`--check`: fails when it is stale).
// The openapi-typescript CLI types a multipart file field (`format: binary`) as a string, so a form
// could only be sent with a cast; here such request fields are typed as Blob (a File is one), and
// the client turns the typed body into FormData (app/api/multipart.ts).
//
// A component marked `x-paycalc-type` (the API's calculator inputs and results, generated from
// libs/paycalc's types) is typed as that very type, `import("@skillpay/paycalc").PayTableInput`
// (or libs/domain's, for a libs/domain type that libs/paycalc uses): the web shares these libraries,
// so a calculator's input and result need no conversion (readonly arrays, string enums).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import ts from 'typescript';

const source = new URL('../../api/openapi.json', import.meta.url);
const target = new URL('../src/api/schema.d.ts', import.meta.url);
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const SHARED_LIBRARIES = {
  '@skillpay/paycalc': new URL('../../../libs/paycalc/src/index.ts', import.meta.url),
  '@skillpay/domain': new URL('../../../libs/domain/src/index.ts', import.meta.url),
};

/** The names each shared library exports (types and values), read from its sources. */
function exportedNames() {
  const files = Object.values(SHARED_LIBRARIES).map((url) => fileURLToPath(url));
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, noResolve: false });
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    Object.entries(SHARED_LIBRARIES).map(([library, url]) => {
      const file = program.getSourceFile(fileURLToPath(url));
      const symbol = file && checker.getSymbolAtLocation(file);
      if (!symbol) throw new Error(`${library}: no module at ${fileURLToPath(url)}`);
      return [library, new Set(checker.getExportsOfModule(symbol).map((item) => item.name))];
    }),
  );
}

const exports = exportedNames();
/** `import("@skillpay/paycalc").Name`: the first shared library exporting `name`. */
function sharedType(name) {
  const library = Object.keys(SHARED_LIBRARIES).find((key) => exports[key].has(name));
  if (!library)
    throw new Error(`x-paycalc-type ${name}: exported by none of ${Object.keys(SHARED_LIBRARIES)}`);
  return ts.factory.createImportTypeNode(
    ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(library)),
    undefined,
    ts.factory.createIdentifier(name),
  );
}

const ast = await openapiTS(source, {
  transform(schema, metadata) {
    if (typeof schema['x-paycalc-type'] === 'string') return sharedType(schema['x-paycalc-type']);
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
