import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { AppException, type FieldProblem } from '../errors/app.exception';

/** Deeper JSON than this is refused before any DTO sees it (class-transformer recurses). */
export const MAX_INPUT_DEPTH = 64;

/** Keys that would reach an object's prototype if any code ever merged the input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 control characters except tab, LF and CR, and DEL; NUL is the one PostgreSQL refuses. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A UTF-16 surrogate without its pair: not a character, and PostgreSQL refuses it in JSON. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first problem in a parsed input (a JSON body, the query, a path parameter), named by its
 * path (`address`, `items.0.name`), or null: control characters and lone surrogates in any
 * string, forbidden keys anywhere, nesting deeper than `maxDepth` (reported as `root`).
 */
export function findOddInput(value: unknown, root: string, maxDepth = MAX_INPUT_DEPTH): FieldProblem | null {
  // iterative, so that the walk itself cannot overflow the stack however deep the input is
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    const field = path || root;
    if (typeof current === 'string') {
      const problem = oddString(current);
      if (problem) return { field, code: problem };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { field: root, code: 'validation.tooDeep', params: { max: maxDepth } };
    const entries: Array<[string, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [String(index), item])
      : Object.entries(current);
    // Object.entries leaves out a `__proto__` that JSON.parse made an own property: ask for own names
    const keys = Array.isArray(current) ? [] : Object.getOwnPropertyNames(current);
    for (const key of keys) {
      const keyProblem = FORBIDDEN_KEYS.has(key) ? 'validation.forbiddenKey' : oddString(key);
      if (keyProblem) {
        return { field: path ? `${path}.${key}` : key, code: keyProblem, params: { key: printable(key) } };
      }
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i];
      stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return null;
}

function oddString(text: string): string | null {
  if (CONTROL_CHARACTER.test(text)) return 'validation.noControlCharacters';
  if (LONE_SURROGATE.test(text)) return 'validation.noLoneSurrogates';
  return null;
}

/** A key as it may be echoed back: without the characters that made it odd. */
function printable(key: string): string {
  return key.replace(new RegExp(CONTROL_CHARACTER, 'g'), '').replace(new RegExp(LONE_SURROGATE, 'g'), '');
}

/**
 * Runs before the validation pipe on every body, query and path parameter: odd input answers
 * 400 naming the field instead of reaching PostgreSQL (NUL, lone surrogates), class-transformer
 * (deep nesting) or an object's prototype (`__proto__`).
 */
@Injectable()
export class OddInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'param' ? (metadata.data ?? 'id') : (metadata.data ?? metadata.type);
    const problem = findOddInput(value, root);
    if (problem) throw AppException.validation([problem]);
    return value;
  }
}
