import { type XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';

import { type AccessRule } from '@app/access';
import { type Actor } from '@app/request-context';

import { type QueryValues } from './export-params';

/**
 * An XML export (`GET /export/<path>.xml`): who may download it, its parameters, and its records,
 * each written as one element of the root by an XML writer (xmlbuilder2's callback builder, which
 * serializes as it goes, so only one record is in memory at a time).
 */
export interface XmlExportKind<P = unknown, R = unknown> {
  path: string;
  title: (params: P) => string;
  rule: AccessRule;
  params: (query: QueryValues) => Promise<P>;
  /** The root element and its attributes. */
  root: (params: P) => { name: string; attributes: Record<string, string> };
  /** Records in a stable order, produced as they are read. */
  records: (actor: Actor, params: P) => AsyncIterable<R>;
  /** Writes one record as children of the open root element. */
  write: (xml: XMLBuilderCB, record: R) => void;
}
