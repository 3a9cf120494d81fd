import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..', '..');
const example = join(root, 'libs', 'matching', 'examples', 'peacekeeping-small.json');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(root, 'libs', 'matching', 'src', 'cli', 'match.ts'),
        ...args,
      ],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('match CLI', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lcm-match-cli-'));

  it('writes the result file for a valid instance', async () => {
    const output = join(directory, 'result.json');
    const { code } = await cli('--input', example, '--output', output);
    expect(code).toBe(0);
    const expected = readFileSync(
      join(root, 'libs', 'matching', 'examples', 'peacekeeping-small.result.json'),
      'utf8',
    );
    expect(readFileSync(output, 'utf8')).toBe(expected);
  }, 30_000);

  it('rejects bad input with exit code 2, a message naming item and field, and no output file', async () => {
    const input = join(directory, 'bad.json');
    const instance = JSON.parse(readFileSync(example, 'utf8'));
    instance.gaps[2].quantity = -3;
    writeFileSync(input, JSON.stringify(instance));
    const output = join(directory, 'never.json');
    const { code, stderr } = await cli('--input', input, '--output', output);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'gaps[2] (id "GAP-NPL-CIED").quantity: must be a positive integer (got -3)',
    );
    expect(existsSync(output)).toBe(false);
  }, 30_000);

  it('gives byte-identical output on the demo data with one thread or two', async () => {
    const demo = join(root, 'libs', 'matching', 'examples', 'demo-instance.json');
    const one = await cli('--input', demo, '--threads', '1');
    const two = await cli('--input', demo, '--threads', '2');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).allocations.length).toBeGreaterThan(10);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('rejects a missing --input and unreadable JSON with exit code 2', async () => {
    expect((await cli()).code).toBe(2);
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{ "asOf": ');
    expect((await cli('--input', broken)).code).toBe(2);
  }, 30_000);
});
