import { type EntityManager } from 'typeorm';

import { ErrorCode } from '@app/common';
import { Role } from '@app/domain';

import { RequestContext } from './request-context';

const donor = { userId: 'u1', email: 'donor@example.org', role: Role.DONOR, memberState: 'USA' };

describe('RequestContext', () => {
  it("gives a request's policies its signed-in user, and refuses one without", () => {
    const signedIn = RequestContext.forRequest({ actor: donor, requestId: 'r1' });
    expect(signedIn.requireActor()).toBe(donor);
    expect(signedIn.actorToCheck()).toBe(donor);

    const anonymous = RequestContext.forRequest({ actor: null, requestId: 'r2' });
    expect(() => anonymous.requireActor()).toThrow(
      expect.objectContaining({ code: ErrorCode.UNAUTHENTICATED }),
    );
    // A public field's context never passes a policy as trusted code would.
    expect(() => anonymous.actorToCheck()).toThrow(
      expect.objectContaining({ code: ErrorCode.UNAUTHENTICATED }),
    );
  });

  it('lets jobs and the CLI act as trusted code, with no user', () => {
    const job = RequestContext.forJob('job-1', 'request-1');
    expect(job).toMatchObject({ origin: 'job', actor: null, requestId: 'request-1' });
    expect(job.actorToCheck()).toBeNull();
    expect(RequestContext.forJob('job-2').requestId).toBe('job-2');
    expect(RequestContext.forSystem().actorToCheck()).toBeNull();
  });

  it('binds a copy to a transaction, keeping who acts and the loaders', () => {
    const ctx = RequestContext.forRequest({ actor: donor, requestId: 'r1' });
    const manager = {} as EntityManager;
    const tx = ctx.withManager(manager);
    expect(tx.manager).toBe(manager);
    expect(tx).toMatchObject({ actor: donor, requestId: 'r1', loaders: ctx.loaders });
    expect(ctx.manager).toBeUndefined();
  });
});
