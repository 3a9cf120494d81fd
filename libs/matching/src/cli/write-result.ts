import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { type Writable } from 'node:stream';

import { type MatchResult } from '../result';

/**
 * Writes the result as indented JSON, one array element at a time: at 50,000 × 10,000 the
 * candidates alone run to hundreds of megabytes, past what one JavaScript string can hold.
 * The text is the same as JSON.stringify(result, null, 2).
 */
export async function writeResult(result: MatchResult, path: string | undefined): Promise<void> {
  const stream: Writable = path ? createWriteStream(path) : process.stdout;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  const indent = (json: string, depth: number) => json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
  const entries = Object.entries(result) as [keyof MatchResult, unknown][];
  await write('{\n');
  for (const [position, [key, value]] of entries.entries()) {
    const last = position === entries.length - 1;
    if (Array.isArray(value) && value.length > 0) {
      await write(`  "${key}": [\n`);
      for (let index = 0; index < value.length; index += 1) {
        const comma = index < value.length - 1 ? ',' : '';
        await write(`    ${indent(JSON.stringify(value[index], null, 2), 2)}${comma}\n`);
      }
      await write(`  ]${last ? '' : ','}\n`);
    } else {
      await write(`  "${key}": ${indent(JSON.stringify(value, null, 2), 1)}${last ? '' : ','}\n`);
    }
  }
  await write('}\n');
  if (path) {
    stream.end();
    await once(stream, 'finish');
  }
}
