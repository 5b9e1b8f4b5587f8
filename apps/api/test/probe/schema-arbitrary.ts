import { type OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { resolve, type Schema } from './api-surface';

/**
 * fast-check arbitraries from the subset of JSON Schema that @nestjs/swagger writes for our DTOs
 * (type, enum, format, pattern, min/max, required, $ref, allOf/oneOf/anyOf, nullable, items).
 * `conforming` values satisfy the schema (not necessarily the service's rules); `mutations` are
 * values the schema forbids, each labelled with what is wrong, so the API must refuse them.
 */

const MAX_DEPTH = 6;

export interface SchemaContext {
  document: OpenAPIObject;
  /** ids of existing objects, mixed into generated uuids */
  ids: readonly string[];
}

function typeOf(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

export function conforming(context: SchemaContext, raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(context.document, raw);
  const base = conformingNonNull(context, schema, depth);
  return schema.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

function conformingNonNull(context: SchemaContext, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants?.length) return fc.oneof(...variants.map((v) => conforming(context, v, depth + 1)));
  const allOf = schema.allOf as Schema[] | undefined;
  if (allOf?.length) {
    // merge object members (swagger's `allOf: [$ref, {properties}]`)
    const merged = allOf.map((member) => resolve(context.document, member));
    return conformingNonNull(
      context,
      {
        type: 'object',
        properties: Object.assign({}, ...merged.map((m) => m.properties ?? {}), schema.properties ?? {}),
        required: merged.flatMap((m) => (m.required as string[]) ?? []),
      },
      depth,
    );
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  switch (typeOf(schema)) {
    case 'string':
      return conformingString(schema, context.ids);
    case 'integer':
      return fc.integer({
        min: Math.ceil(Math.max(Number(schema.minimum ?? -1_000_000), -2_147_483_648)),
        max: Math.floor(Math.min(Number(schema.maximum ?? 1_000_000), 2_147_483_647)),
      });
    case 'number':
      return fc.double({
        min: Number(schema.minimum ?? -1_000_000),
        max: Number(schema.maximum ?? 1_000_000),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(conforming(context, (schema.items as Schema) ?? {}, depth + 1), {
        minLength: Number(schema.minItems ?? 0),
        maxLength: Math.max(Number(schema.minItems ?? 0), Math.min(Number(schema.maxItems ?? 3), 3)),
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required as string[] | undefined) ?? [];
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([k, v]) => [k, conforming(context, v, depth + 1)]),
        ),
        { requiredKeys: required.filter((k) => k in properties) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function conformingString(schema: Schema, ids: readonly string[]): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 40), Math.max(minLength, 40));
  switch (schema.format) {
    case 'uuid':
      // ids of real objects half the time, so that conforming bodies get past "not found"
      return ids.length ? fc.oneof(fc.uuid(), fc.constantFrom(...ids)) : fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'binary':
      return fc.string();
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= Number(schema.maxLength ?? Infinity));
    } catch {
      // a pattern fast-check cannot invert: plain text, refused by the API as non-matching at worst
    }
  }
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }));
}

export interface Mutation {
  label: string;
  /** the raw JSON text sent (so keys such as __proto__ survive) */
  json: string;
}

const CONTROL = fc.constantFrom(
  ...Array.from({ length: 32 }, (_, code) => code)
    .filter((code) => code !== 9 && code !== 10 && code !== 13)
    .map((code) => String.fromCharCode(code)),
);

function deep(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** Values the schema forbids for one property, by the property's schema, each labelled. */
function wrongValues(
  context: SchemaContext,
  raw: Schema,
  isRequired: boolean,
): fc.Arbitrary<[string, unknown]> | undefined {
  const schema = resolve(context.document, raw);
  const type = typeOf(schema);
  const options: Array<fc.Arbitrary<[string, unknown]>> = [];
  const tagged = (label: string, arb: fc.Arbitrary<unknown>) =>
    arb.map((v) => [label, v] as [string, unknown]);
  // null on an optional property means "not given" to class-validator's @IsOptional
  if (isRequired && !schema.nullable && type)
    options.push(tagged('null where not nullable', fc.constant(null)));
  if (type === 'string' || Array.isArray(schema.enum)) {
    options.push(tagged('wrong type (number for text)', fc.integer()));
    options.push(tagged('wrong type (object for text)', fc.constant({ a: 1 })));
    options.push(
      tagged(
        'control character',
        fc.tuple(fc.string({ maxLength: 5 }), CONTROL, fc.string({ maxLength: 5 })).map((p) => p.join('')),
      ),
    );
    options.push(tagged('lone surrogate', fc.constantFrom('\ud800', 'a\udfffb', '\udbff')));
    if (schema.maxLength !== undefined)
      options.push(
        tagged(
          'longer than maxLength',
          fc.integer({ min: 1, max: 5000 }).map((extra) => 'x'.repeat(Number(schema.maxLength) + extra)),
        ),
      );
    if (Array.isArray(schema.enum))
      options.push(tagged('not one of the enum', fc.constant(`probe-${Date.now()}-not-a-member`)));
    if (schema.format === 'uuid')
      options.push(tagged('not a uuid', fc.constantFrom('1', 'not-a-uuid', '../x')));
  }
  if (type === 'integer' || type === 'number') {
    options.push(
      tagged(
        'NaN-like text for a number',
        fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '12', ''),
      ),
    );
    options.push(tagged('wrong type (array for number)', fc.constant([1])));
    if (schema.maximum !== undefined)
      options.push(
        tagged(
          'above maximum',
          fc.integer({ min: 1, max: 1_000_000 }).map((d) => Number(schema.maximum) + d),
        ),
      );
    if (schema.minimum !== undefined)
      options.push(
        tagged(
          'below minimum',
          fc.integer({ min: 1, max: 1_000_000 }).map((d) => Number(schema.minimum) - d),
        ),
      );
    if (type === 'integer') options.push(tagged('fraction for an integer', fc.constant(1.5)));
    options.push(tagged('number beyond 2^53', fc.constant(1e308)));
  }
  if (type === 'boolean') options.push(tagged('text for a boolean', fc.constantFrom('true', 'yes', '1')));
  if (type === 'array') {
    options.push(tagged('object for an array', fc.constant({ a: 1 })));
    options.push(tagged('deep nesting', fc.constant(deep(80))));
    if (schema.maxItems !== undefined)
      options.push(
        tagged(
          'more than maxItems',
          fc.constant(Array.from({ length: Number(schema.maxItems) + 1 }, () => 'x')),
        ),
      );
  }
  if (type === 'object') {
    options.push(tagged('text for an object', fc.constant('x')));
    options.push(tagged('deep nesting', fc.constant(deep(80))));
  }
  return options.length ? fc.oneof(...options) : undefined;
}

/**
 * Objects the schema forbids, each built on a conforming one with one fault: a required property
 * missing, a property of the wrong type or out of its bounds (including control characters and
 * lone surrogates, which the API refuses in all text), an unknown key where none is allowed (at the
 * top, the validation pipe forbids non-whitelisted properties; below, when the schema says so), or
 * the same one level down, in a nested object or an element of an array of objects.
 */
function faultyObjects(
  context: SchemaContext,
  schema: Schema,
  depth: number,
): Array<fc.Arbitrary<[string, Record<string, unknown>]>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = ((schema.required as string[] | undefined) ?? []).filter((k) => k in properties);
  const base = conforming(context, schema).map((v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {},
  );
  const options: Array<fc.Arbitrary<[string, Record<string, unknown>]>> = [];

  if (required.length)
    options.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([body, key]) => {
        const { [key]: _dropped, ...rest } = body;
        return [`required "${key}" missing`, rest];
      }),
    );
  for (const [key, property] of Object.entries(properties)) {
    const wrong = wrongValues(context, property, required.includes(key));
    if (wrong)
      options.push(
        fc
          .tuple(base, wrong)
          .map(([body, [label, value]]) => [`"${key}": ${label}`, { ...body, [key]: value }]),
      );
    if (depth >= 2) continue;
    // one level down: a nested object, or one element of an array of objects
    const nested = resolve(context.document, property);
    const element = nested.items ? resolve(context.document, nested.items as Schema) : undefined;
    const target = element ?? nested;
    if (!target.properties) continue;
    const inner = faultyObjects(context, target, depth + 1);
    if (!inner.length) continue;
    options.push(
      fc
        .tuple(base, fc.oneof(...inner))
        .map(([body, [label, value]]) => [
          `"${key}${element ? '[0]' : ''}".${label}`,
          { ...body, [key]: element ? [value] : value },
        ]),
    );
  }
  const unknownKeysForbidden =
    depth === 0 ? schema.additionalProperties !== true : schema.additionalProperties === false;
  if (unknownKeysForbidden)
    options.push(
      fc
        .tuple(
          base,
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((k) => !(k in properties) && !/^(__proto__|constructor|prototype)$/.test(k)),
          fc.jsonValue({ maxDepth: 1 }),
        )
        .map(([body, key, value]) => [`unknown key "${key}"`, { ...body, [key]: value }]),
    );
  return options;
}

/**
 * JSON bodies the schema of an object body forbids: the faulty objects above, `__proto__`, text
 * that is not an object, and nesting 5,000 levels deep.
 */
export function mutations(context: SchemaContext, raw: Schema): fc.Arbitrary<Mutation> {
  const schema = resolve(context.document, raw);
  const base = conforming(context, schema).map((v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {},
  );
  const options: Array<fc.Arbitrary<Mutation>> = faultyObjects(context, schema, 0).map((faulty) =>
    faulty.map(([label, body]) => ({ label, json: JSON.stringify(body) })),
  );
  options.push(
    base.map((body) => ({
      label: '__proto__ key',
      json: `{"__proto__":{"isAdmin":true}${Object.keys(body).length ? ',' : ''}${JSON.stringify(body).slice(1)}`,
    })),
  );
  options.push(
    fc
      .constantFrom('[]', '"x"', '123', '[{"a":1}]', 'null')
      .map((json) => ({ label: `not an object: ${json}`, json })),
  );
  options.push(
    fc.constant({ label: 'deep nesting (5000 levels)', json: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) }),
  );
  return fc.oneof(...options);
}
