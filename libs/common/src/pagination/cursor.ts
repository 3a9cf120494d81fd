import { BadInputError } from '../errors/domain-error';

/**
 * A keyset position: the sort value and the id of the last row seen, and the ordering it belongs
 * to (`sort`, e.g. `PRIORITY:DESC`). Cursors written before orderings existed carry no `sort`.
 */
export interface CursorPosition {
  value: string;
  id: string;
  sort?: string;
}

export function encodeCursor(position: CursorPosition): string {
  const tuple =
    position.sort === undefined
      ? [position.value, position.id]
      : [position.value, position.id, position.sort];
  return Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      (parsed.length === 2 || parsed.length === 3) &&
      parsed.every((part) => typeof part === 'string')
    ) {
      const [value, id, sort] = parsed as string[];
      return sort === undefined ? { value, id } : { value, id, sort };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(field, `${field}: not a cursor returned by this API`);
}
