import ISO6391 from 'iso-639-1';
import { iso6393To1 } from 'iso-639-3';

/** Whether a code is an ISO 639-1 language code (`en`, `fr`, `ar`). */
export function isIso6391(code: string): boolean {
  return ISO6391.validate(code);
}

/** The ISO 639-1 code of an ISO 639-3 code, where one exists (`fra` → `fr`, `kin` → `rw`). */
export function toIso6391(iso6393: string): string | undefined {
  return iso6393To1[iso6393];
}
