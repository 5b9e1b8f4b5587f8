import { type OpenAPIObject } from '@nestjs/swagger';
import {
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CALCULATOR_KINDS, type CalculatorKind } from '@skillpay/domain';
import { CALCULATOR_SCHEMAS } from '@skillpay/paycalc';
import { addJsonSchemaComponents } from '../../common/openapi/json-schema-components';

/**
 * The calculators' input and result in the OpenAPI document, so that the typed web client needs no
 * casts. The DTO classes of pay-plans.dto.ts keep validating requests exactly as they are (libs/paycalc
 * checks `input` in the service); only their description changes here, once the document is built:
 *
 * - libs/paycalc's JSON Schemas (schemas.generated.ts, generated from its types) become components,
 *   named after its types (`PayTableInput`, `PayTable`, `StepMovementCalculatorInput` …) and marked
 *   `x-paycalc-type`: the web client, sharing libs/paycalc, types them as libs/paycalc's own types;
 * - a body or response carrying `calculator` becomes a union over the calculators, discriminated by
 *   `calculator`, each branch (`CreatePayPlanPayTableDto` …) with its input (and result) `$ref`ed;
 * - a new version's body (the calculator is the plan's) takes any calculator's input.
 */
export function describeCalculators(document: OpenAPIObject): void {
  addJsonSchemaComponents(document, CALCULATOR_SCHEMAS.definitions, 'x-paycalc-type');
  const schemas = document.components?.schemas ?? {};
  const base = (name: string): SchemaObject => {
    const schema = schemas[name];
    if (!schema || '$ref' in schema || !schema.properties) throw new Error(`OpenAPI: no ${name}`);
    return schema;
  };
  const input = (kind: CalculatorKind) => ref(CALCULATOR_SCHEMAS.calculators[kind].input);
  const result = (kind: CalculatorKind) => ref(CALCULATOR_SCHEMAS.calculators[kind].result);
  const anyInput = { oneOf: CALCULATOR_KINDS.map(input) };

  for (const kind of CALCULATOR_KINDS) {
    schemas[branchName('PayPlanVersionDto', kind)] = withProperties(base('PayPlanVersionDto'), {
      input: input(kind),
      result: result(kind),
    });
  }
  union(schemas, base('CreatePayPlanDto'), 'CreatePayPlanDto', (kind) => ({ input: input(kind) }));
  union(schemas, base('PayToolExportDto'), 'PayToolExportDto', (kind) => ({ input: input(kind) }));
  union(schemas, base('PayPlanDetailDto'), 'PayPlanDetailDto', (kind) => ({
    version: ref(branchName('PayPlanVersionDto', kind)),
  }));
  schemas.CreatePayPlanVersionDto = withProperties(base('CreatePayPlanVersionDto'), { input: anyInput });
  schemas.PayPlanVersionDto = withProperties(base('PayPlanVersionDto'), {
    input: anyInput,
    result: { oneOf: CALCULATOR_KINDS.map(result) },
  });
}

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/** `PayPlanDetailDto`, `step-movement` → `PayPlanDetailStepMovementDto`. */
function branchName(name: string, kind: CalculatorKind): string {
  const pascal = kind.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return name.replace(/Dto$/, `${pascal}Dto`);
}

function withProperties(
  schema: SchemaObject,
  properties: Record<string, SchemaObject | ReferenceObject>,
): SchemaObject {
  return { ...schema, properties: { ...schema.properties, ...properties } };
}

/** Replaces `name` by a union of one branch per calculator, discriminated by `calculator`. */
function union(
  schemas: Record<string, SchemaObject | ReferenceObject>,
  schema: SchemaObject,
  name: string,
  properties: (kind: CalculatorKind) => Record<string, SchemaObject | ReferenceObject>,
): void {
  const mapping: Record<string, string> = {};
  for (const kind of CALCULATOR_KINDS) {
    const branch = branchName(name, kind);
    const calculator = schema.properties?.calculator;
    schemas[branch] = withProperties(schema, {
      calculator: {
        type: 'string',
        enum: [kind],
        ...(calculator && 'description' in calculator ? { description: calculator.description } : {}),
      },
      ...properties(kind),
    });
    mapping[kind] = ref(branch).$ref;
  }
  schemas[name] = {
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'calculator', mapping },
  };
}
