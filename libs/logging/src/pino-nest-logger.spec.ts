import { Writable } from 'node:stream';

import { createLogger } from './create-logger';
import { withLogContext } from './log-context';
import { PinoNestLogger } from './pino-nest-logger';

/** A logger writing JSON lines into an array, parsed. */
function capture(levels: Parameters<typeof createLogger>[0]['levels'] = ['log', 'error', 'warn']) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const pino = createLogger({ app: 'test', levels, destination });
  return { lines, pino, logger: new PinoNestLogger(pino) };
}

describe('PinoNestLogger', () => {
  it("writes Nest's context and the current context's ids on the line", () => {
    const { lines, logger } = capture();
    logger.log('outside', 'Outside');
    withLogContext({ requestId: 'req-1', runId: 'run-1', jobId: 'run-1' }, () =>
      logger.log('inside', 'Inside'),
    );
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', app: 'test', context: 'Outside', msg: 'outside' }),
      expect.objectContaining({
        level: 'info',
        context: 'Inside',
        msg: 'inside',
        requestId: 'req-1',
        runId: 'run-1',
        jobId: 'run-1',
      }),
    ]);
    expect(lines[0]).not.toHaveProperty('requestId');
  });

  it('tells a stack from a context, as Nest does', () => {
    const { lines, logger } = capture();
    const stack = new Error('boom').stack!;
    logger.error('with stack and context', stack, 'Ctx');
    logger.error('with context only', 'Ctx');
    logger.error('with stack only', stack);
    logger.error('with no stack', undefined, 'Ctx');
    expect(lines.map(({ msg, context, stack: s }) => ({ msg, context, stack: s }))).toEqual([
      { msg: 'with stack and context', context: 'Ctx', stack },
      { msg: 'with context only', context: 'Ctx', stack: undefined },
      { msg: 'with stack only', context: undefined, stack },
      { msg: 'with no stack', context: 'Ctx', stack: undefined },
    ]);
    expect(lines.at(-1)).not.toHaveProperty('extra');
  });

  it("maps Nest's levels to pino's and drops disabled ones", () => {
    const { lines, logger } = capture(['fatal', 'error', 'warn']);
    logger.log('dropped');
    logger.warn('kept');
    logger.fatal('kept too');
    expect(lines.map((line) => line.level)).toEqual(['warn', 'fatal']);

    const verbose = capture(['verbose', 'debug', 'log']);
    verbose.logger.verbose('trace line');
    verbose.logger.debug('debug line');
    expect(verbose.lines.map((line) => line.level)).toEqual(['trace', 'debug']);

    const silent = capture(false);
    silent.logger.error('nothing');
    expect(silent.lines).toEqual([]);
  });

  it('redacts credentials wherever a line carries them', () => {
    const { lines, pino } = capture();
    pino.info(
      {
        req: { headers: { authorization: 'Bearer abc', cookie: 'sid=abc', host: 'h' } },
        password: 'hunter2',
        input: { password: 'hunter2', email: 'a@b.c' },
        tokens: { accessToken: 'abc', refreshToken: 'def' },
        JWT_SECRET: 'the-secret',
      },
      'credentials',
    );
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/abc|def|hunter2|the-secret/);
    expect(lines[0]).toMatchObject({
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', host: 'h' } },
      input: { password: '[redacted]', email: 'a@b.c' },
    });
  });
});
