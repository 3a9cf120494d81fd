import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Writable } from 'node:stream';

import { type MatchResult } from '../result';

/** Array elements serialised per JSON.stringify call: large enough to amortise, small in memory. */
const SLICE = 5_000;

/**
 * Writes the result as indented JSON, a slice of each list at a time: at 50,000 × 10,000 the
 * candidates alone run to a gigabyte, past what one JavaScript string can hold. The text is the
 * same as JSON.stringify(result, null, 2). Each slice is serialised inside an object keyed like
 * the list, so JSON.stringify itself indents it as it sits in the result (no re-indenting pass).
 */
export async function writeResult(result: MatchResult, path: string | undefined): Promise<void> {
  const stream: Writable = path ? createWriteStream(path) : process.stdout;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  const entries = Object.entries(result) as [keyof MatchResult, unknown][];
  await write('{\n');
  for (const [position, [key, value]] of entries.entries()) {
    const comma = position === entries.length - 1 ? '' : ',';
    if (!Array.isArray(value) || value.length <= SLICE) {
      const text = JSON.stringify({ [key]: value }, null, 2);
      await write(`${text.slice(2, -2)}${comma}\n`);
      continue;
    }
    const head = `  ${JSON.stringify(key)}: [\n`;
    const tail = '\n  ]\n}';
    await write(head);
    for (let from = 0; from < value.length; from += SLICE) {
      const text = JSON.stringify({ [key]: value.slice(from, from + SLICE) }, null, 2);
      await write(`${from > 0 ? ',\n' : ''}${text.slice(head.length + 2, -tail.length)}`);
    }
    await write(`\n  ]${comma}\n`);
  }
  await write('}\n');
  if (path) {
    stream.end();
    await once(stream, 'finish');
  }
}
