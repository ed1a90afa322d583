// A small JSON Schema checker for the keywords docs/assessment.schema.json uses, so that the e2e tests
// can check a download against the documented format without a validator package. A keyword it does
// not know is an error, never silently ignored.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'examples', 'default']);

const TYPES = {
  object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  integer: Number.isInteger,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
};

/** The list of violations of `schema` by `value` (empty when valid), each as "path: problem". */
export function validate(schema, value, root = schema, at = '$') {
  const errors = [];
  const sub = (s, v, p) => errors.push(...validate(s, v, root, p));
  if (schema === true) return errors;
  if (schema === false) return [`${at}: not allowed`];
  for (const [kw, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(kw) || kw === '$defs') continue;
    switch (kw) {
      case '$ref': {
        const m = /^#\/\$defs\/([^/]+)$/.exec(arg);
        if (!m || !(m[1] in root.$defs)) throw new Error(`unsupported $ref ${arg}`);
        sub(root.$defs[m[1]], value, at);
        break;
      }
      case 'type':
        if (!TYPES[arg](value)) errors.push(`${at}: expected ${arg}, got ${JSON.stringify(value)}`);
        break;
      case 'const':
        if (JSON.stringify(value) !== JSON.stringify(arg)) errors.push(`${at}: expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!arg.some((x) => JSON.stringify(x) === JSON.stringify(value))) errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(arg)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < arg) errors.push(`${at}: ${value} < ${arg}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > arg) errors.push(`${at}: ${value} > ${arg}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < arg) errors.push(`${at}: shorter than ${arg}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > arg) errors.push(`${at}: longer than ${arg}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg, 'u').test(value)) errors.push(`${at}: does not match ${arg}`);
        break;
      case 'required':
        if (TYPES.object(value)) for (const k of arg) if (!(k in value)) errors.push(`${at}: missing ${k}`);
        break;
      case 'properties':
        if (TYPES.object(value)) for (const [k, s] of Object.entries(arg)) if (k in value) sub(s, value[k], `${at}.${k}`);
        break;
      case 'additionalProperties':
        if (TYPES.object(value)) {
          for (const k of Object.keys(value)) if (!(k in (schema.properties || {}))) sub(arg, value[k], `${at}.${k}`);
        }
        break;
      case 'maxProperties':
        if (TYPES.object(value) && Object.keys(value).length > arg) errors.push(`${at}: more than ${arg} properties`);
        break;
      case 'propertyNames':
        if (TYPES.object(value)) for (const k of Object.keys(value)) sub(arg, k, `${at}[${JSON.stringify(k)}]`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => sub(arg, v, `${at}[${i}]`));
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > arg) errors.push(`${at}: more than ${arg} items`);
        break;
      case 'uniqueItems':
        if (arg && Array.isArray(value) && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${at}: items repeat`);
        break;
      case 'not':
        if (validate(arg, value, root, at).length === 0) errors.push(`${at}: matches a schema it must not`);
        break;
      case 'anyOf':
        if (!arg.some((s) => validate(s, value, root, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
        break;
      case 'if':
        // `then` applies when `if` holds (`else` is not used by our schemas).
        if ('else' in schema) throw new Error(`json-schema.mjs does not know "else" (at ${at}); extend it`);
        if (validate(arg, value, root, at).length === 0 && 'then' in schema) sub(schema.then, value, at);
        break;
      case 'then':
        break;
      default:
        throw new Error(`json-schema.mjs does not know the keyword "${kw}" (at ${at}); extend it`);
    }
  }
  return errors;
}
