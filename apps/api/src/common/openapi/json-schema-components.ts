import { type OpenAPIObject } from '@nestjs/swagger';
import {
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** A JSON Schema (draft-07) as ts-json-schema-generator writes it, `$ref`s into `#/definitions/`. */
export type JsonSchema = { [keyword: string]: unknown };

type Schema = SchemaObject | ReferenceObject;

/**
 * Adds draft-07 `definitions` to the document's components, rewritten for OpenAPI 3.0: `$ref`s to
 * `#/components/schemas/…`, `const` to a one-value `enum`, a `null` member of a type list or an
 * `anyOf` to `nullable`. A name the document already holds must describe the same values (e.g. a
 * libs/domain enum that a DTO names too): the document's schema is kept; anything else is an error.
 *
 * `typeExtension` (e.g. `x-paycalc-type`) marks each added component with the name of the
 * TypeScript type its schema was generated from, so that a client generator sharing that type can
 * use it as it is (apps/web/scripts/generate-api.mjs).
 */
export function addJsonSchemaComponents(
  document: OpenAPIObject,
  definitions: Record<string, JsonSchema>,
  typeExtension?: `x-${string}`,
): void {
  const schemas = (document.components ??= {}).schemas ?? {};
  const added = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [name, toOpenApi(schema) as Schema]),
  );
  for (const [name, schema] of Object.entries(added)) {
    const existing = schemas[name];
    if (existing === undefined) schemas[name] = typeExtension ? { ...schema, [typeExtension]: name } : schema;
    else if (!sameValues(enumValues(existing, schemas), enumValues(schema, added))) {
      throw new Error(`OpenAPI components: ${name} is described twice, differently`);
    }
  }
  document.components.schemas = schemas;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNull = (schema: unknown) => isObject(schema) && schema.type === 'null';

function toOpenApi(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' || keyword === 'definitions') {
      out[keyword] = Object.fromEntries(
        Object.entries(value as JsonSchema).map(([key, item]) => [key, toOpenApi(item)]),
      );
    } else if (keyword === '$ref') {
      out.$ref = String(value).replace('#/definitions/', '#/components/schemas/');
    } else if (keyword === 'const') {
      out.enum = [value];
    } else out[keyword] = toOpenApi(value);
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((type) => type !== 'null');
    if (types.length < out.type.length) out.nullable = true;
    if (types.length === 1) out.type = types[0];
    else {
      delete out.type;
      out.anyOf = types.map((type) => ({ type }));
    }
  }
  if (Array.isArray(out.anyOf) && out.anyOf.some(isNull)) {
    const members = out.anyOf.filter((member) => !isNull(member));
    delete out.anyOf;
    out.nullable = true;
    if (members.length === 1 && isObject(members[0]) && '$ref' in members[0]) out.allOf = members;
    else if (members.length === 1) Object.assign(out, members[0]);
    else out.anyOf = members;
  }
  // OpenAPI 3.0 ignores a $ref's siblings (a description): wrap it
  if (typeof out.$ref === 'string' && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { allOf: [{ $ref }], ...rest };
  }
  return out;
}

/** The values of an enum schema (following `$ref`s and `anyOf`), or null when it is not one. */
function enumValues(schema: unknown, schemas: Record<string, unknown>): unknown[] | null {
  if (!isObject(schema)) return null;
  if (typeof schema.$ref === 'string') {
    return enumValues(schemas[schema.$ref.replace('#/components/schemas/', '')], schemas);
  }
  if (Array.isArray(schema.enum)) return schema.enum;
  if (Array.isArray(schema.anyOf)) {
    const parts = schema.anyOf.map((member) => enumValues(member, schemas));
    return parts.every((part) => part !== null) ? parts.flat() : null;
  }
  return null;
}

function sameValues(a: unknown[] | null, b: unknown[] | null): boolean {
  if (a === null || b === null) return false;
  const set = new Set(a);
  return a.length === b.length && b.every((value) => set.has(value));
}
