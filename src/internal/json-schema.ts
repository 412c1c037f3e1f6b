/**
 * Checks a JSON value against a JSON Schema, for the includes command's configuration. Written here
 * rather than taken from a validator package (Ajv and the like) so that the command adds no runtime
 * dependency to the package: a site that bundles the elements would install it without ever running
 * the command. It knows the keywords `includes.schema.json` uses and refuses a schema with any other,
 * so the schema cannot say more than is checked (tests/node/includes.test.mjs holds it to that).
 *
 * Node only; imports nothing.
 */

/** A JSON Schema, as far as this checker reads it. */
export interface Schema {
  readonly [keyword: string]: unknown;
}

/** One problem: where (`navigation[2].label.fr`, `''` for the whole value) and what. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

// Keywords that only describe (for editors and readers) and the keywords checked below.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const CHECKED = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'enum',
  'anyOf',
  '$ref',
]);

/** The keywords of `schema` and of every schema inside it that this checker does not know. */
export function unsupportedKeywords(schema: Schema, at = '#'): string[] {
  const found: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword)) found.push(`${at}/${keyword}`);
    const children: [string, unknown][] =
      keyword === 'properties' || keyword === '$defs'
        ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [`${at}/${keyword}/${k}`, v])
        : keyword === 'items' || (keyword === 'additionalProperties' && typeof value === 'object')
          ? [[`${at}/${keyword}`, value]]
          : keyword === 'anyOf'
            ? (value as unknown[]).map((v, i) => [`${at}/anyOf/${i}`, v])
            : [];
    for (const [path, child] of children) found.push(...unsupportedKeywords(child as Schema, path));
  }
  return found;
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

const matchesType = (value: unknown, type: string): boolean =>
  type === 'number' ? typeof value === 'number' : typeOf(value) === type;

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

const field = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path ? `${path}.` : ''}${key}` : `${path}[${JSON.stringify(key)}]`;

/** Every problem of `value` against `schema` (`root` resolves `$ref`s); none when it is valid. */
export function checkSchema(
  value: unknown,
  schema: Schema,
  root: Schema = schema,
  path = '',
): SchemaProblem[] {
  const unknown = unsupportedKeywords(schema);
  if (unknown.length)
    throw new Error(`The schema uses keywords this checker does not know: ${unknown.join(', ')}`);
  return check(value, schema, root, path);
}

function check(value: unknown, schema: Schema, root: Schema, path: string): SchemaProblem[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], root);
    if (!target) throw new Error(`The schema refers to ${schema.$ref}, which it does not hold`);
    return check(value, target as Schema, root, path);
  }
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as Schema[];
    const results = branches.map((branch) => check(value, branch, root, path));
    if (results.some((r) => r.length === 0)) return [];
    // The branch written for this kind of value says best what is wrong with it.
    const sameType = branches.findIndex((b) => typeof b.type === 'string' && matchesType(value, b.type));
    if (sameType >= 0) return results[sameType]!;
    const types = branches.map((b) => String(b.type));
    return [{ path, message: `must be ${types.map(article).join(' or ')}, not ${article(typeOf(value))}` }];
  }
  if (typeof schema.type === 'string' && !matchesType(value, schema.type))
    return [{ path, message: `must be ${article(schema.type)}, not ${article(typeOf(value))}` }];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [
      {
        path,
        message: `${JSON.stringify(value)} is not one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`,
      },
    ];
  const problems: SchemaProblem[] = [];
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength)
      problems.push({
        path,
        message:
          schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`,
      });
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      problems.push({
        path,
        message: `${JSON.stringify(value)} does not match ${schema.pattern}${schema.description ? `: ${String(schema.description)}` : ''}`,
      });
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      problems.push({
        path,
        message: `must hold at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`,
      });
    if (schema.items && typeof schema.items === 'object')
      value.forEach((item, i) =>
        problems.push(...check(item, schema.items as Schema, root, `${path}[${i}]`)),
      );
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) problems.push({ path: field(path, key), message: 'is missing' });
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) problems.push(...check(item, properties[key], root, field(path, key)));
      else if (schema.additionalProperties === false)
        problems.push({
          path: field(path, key),
          message: `is not a field here; the fields are ${Object.keys(properties).join(', ')}`,
        });
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        problems.push(...check(item, schema.additionalProperties as Schema, root, field(path, key)));
    }
  }
  return problems;
}
