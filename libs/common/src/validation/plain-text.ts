import { BadInputError } from '../errors/domain-error';

/**
 * Control characters no text of this service holds: C0 except tab, line feed and carriage return
 * (NUL, which PostgreSQL refuses in text, ESC, BEL…), DEL and C1.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** A UTF-16 surrogate without its pair: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Input fields that hold several lines of prose (`description`, the `reason` of a cancellation or
 * a refusal, a milestone's `note`): the only ones where line breaks are accepted.
 */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['description', 'reason', 'note']);

/** Why `text` is not plain text for a field, or null when it is. */
export function plainTextFault(text: string, multiline: boolean): string | null {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at position ${control.index})`;
  }
  if (!multiline && LINE_BREAK.test(text)) return 'must be a single line';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (unpaired surrogate)';
  return null;
}

export interface TextViolation {
  field: string;
  message: string;
  /** For a client to say it in its language (as class-validator's rule names). */
  constraint: 'plainText';
}

const MAX_DEPTH = 20;

function isWalkable(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as object | null;
  // Plain objects and input class instances; not uploads (promises), buffers or dates.
  return (
    prototype === null ||
    prototype === Object.prototype ||
    (typeof (prototype as { constructor?: unknown }).constructor === 'function' &&
      !(value instanceof Promise) &&
      !(value instanceof Date) &&
      !Buffer.isBuffer(value) &&
      !(value instanceof Map) &&
      !(value instanceof Set))
  );
}

/**
 * Every string in `value` (an argument, an input object, a row of an import) that is not plain
 * text, with the path of its field (`input.title`, `filter.search`, `input.languages.0`). A field
 * is multi-line when its own name is in MULTILINE_FIELDS.
 */
export function textViolations(value: unknown, path: string): TextViolation[] {
  const found: TextViolation[] = [];
  const visit = (node: unknown, field: string, name: string, depth: number) => {
    if (typeof node === 'string') {
      const fault = plainTextFault(node, MULTILINE_FIELDS.has(name));
      if (fault)
        found.push({ field, message: `${name || 'value'} ${fault}`, constraint: 'plainText' });
      return;
    }
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH || !isWalkable(node)) {
      return;
    }
    const at = (key: string) => (field ? `${field}.${key}` : key);
    if (Array.isArray(node)) {
      node.forEach((element, index) => visit(element, at(String(index)), name, depth + 1));
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, at(key), key, depth + 1);
  };
  visit(value, path, path.split('.').at(-1) ?? '', 0);
  return found;
}

/**
 * The one rule for client text: refuses NUL and other control characters (tab always allowed,
 * line breaks only in multi-line fields) and unpaired surrogates anywhere in `value`, with one
 * BAD_USER_INPUT error naming the first field and listing all of them in `violations`.
 */
export function assertPlainText(value: unknown, path: string): void {
  const violations = textViolations(value, path);
  const first = violations[0];
  if (first) {
    throw new BadInputError(first.field, `${first.field}: ${first.message}`, { violations });
  }
}
