import { BadInputError } from './domain-error';

/** A date window `[start, end]` (ISO dates compare as strings) must not end before it starts. */
export function assertWindow(start: string, end: string, endField: string): void {
  if (end < start) {
    throw new BadInputError(endField, `${endField}: ${end} is before the window start ${start}`, {
      start,
      end,
    });
  }
}
