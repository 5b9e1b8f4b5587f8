import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { type OpenAPIObject } from '@nestjs/swagger';
import { type Action, PERMISSIONS, type Resource, type Role, ROLES } from '@skillpay/domain';
import { buildOpenApiDocument } from '../../src/bootstrap';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../src/common/auth/decorators';

/** A JSON Schema node as @nestjs/swagger writes it (the subset the probe walks). */
export type Schema = Record<string, unknown> & { $ref?: string };

export interface Operation {
  /** e.g. `PATCH /api/enterprises/{id}` */
  key: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  pathParams: string[];
  requiredQuery: Array<{ name: string; schema: Schema }>;
  /** every query parameter's name */
  query: string[];
  /** the request body's media type and schema, if the route takes one */
  body?: { mediaType: string; schema: Schema };
  /** who the route's own declaration lets in: @Public() → everyone, @Allow() → PERMISSIONS, else any login */
  policy: { public: boolean; roles: readonly Role[]; permission?: { resource: Resource; action: Action } };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Every operation of the OpenAPI document the app serves (built the way bootstrap.ts builds it),
 * each with the access its handler declares, read from the handler's metadata through Nest's
 * module container: the expectation comes from the declaration, never from a list kept here.
 */
export function apiSurface(app: INestApplication): { document: OpenAPIObject; operations: Operation[] } {
  const document = buildOpenApiDocument(app);
  const reflector = app.get(Reflector);
  // handlers by `METHOD /api/path/{param}`, from the same route metadata the router reads
  const handlers = new Map<string, [(...args: unknown[]) => unknown, new (...args: unknown[]) => unknown]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as new (...args: unknown[]) => unknown;
      if (!type?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = type.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const base of paths(Reflect.getMetadata(PATH_METADATA, type)))
          for (const own of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
            const path = `/api/${[base, own].join('/')}`
              .replace(/\/+/g, '/')
              .replace(/\/$/, '')
              .replace(/:(\w+)/g, '{$1}');
            handlers.set(`${RequestMethod[method]} ${path}`, [handler, type]);
          }
      }
    }
  }

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const target = handlers.get(key);
      if (!target) throw new Error(`${key}: no handler found with this method and path`);
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, target) ?? false;
      const permission = reflector.getAllAndOverride<{ resource: Resource; action: Action }>(
        PERMISSION_KEY,
        target,
      );
      const parameters = (op.parameters ?? []) as Array<{
        name: string;
        in: string;
        required?: boolean;
        schema?: Schema;
      }>;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content;
      const mediaType = content ? Object.keys(content)[0] : undefined;
      operations.push({
        key,
        method,
        path,
        operationId: op.operationId!,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        requiredQuery: parameters
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => ({ name: p.name, schema: p.schema ?? { type: 'string' } })),
        body:
          mediaType && content![mediaType].schema
            ? { mediaType, schema: content![mediaType].schema! }
            : undefined,
        policy: {
          public: isPublic,
          roles: isPublic || !permission ? ROLES : declaredRoles(permission.resource, permission.action),
          permission,
        },
      });
    }
  }
  return { document, operations };
}

function paths(value: unknown): string[] {
  return ([] as string[]).concat((value as string | string[] | undefined) ?? '');
}

function declaredRoles(resource: Resource, action: Action): readonly Role[] {
  return (PERMISSIONS[resource] as Partial<Record<Action, readonly Role[]>>)[action] ?? [];
}

/** Resolves `$ref`s into components.schemas (and allOf with one member, as swagger writes nullable refs). */
export function resolve(document: OpenAPIObject, schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    if (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const target = document.components?.schemas?.[name] as Schema | undefined;
      if (!target) throw new Error(`unresolvable ${current.$ref}`);
      current = target;
      continue;
    }
    const allOf = current.allOf as Schema[] | undefined;
    if (allOf?.length === 1 && !current.properties) {
      const { allOf: _ignored, ...rest } = current;
      current = { ...rest, ...allOf[0] };
      continue;
    }
    return current;
  }
  throw new Error('schema $ref chain too deep');
}
