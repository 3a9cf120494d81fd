import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { BadInputError, ConflictError, type Connection, paginate, sortKeyFor } from '@app/common';
import { findForUpdate, RowSelection } from '@app/persistence';
import { STATE_ROLES } from '@app/domain';
import { MemberState, REFERENCE_VERSION_SQL } from '@app/reference-data';
import { type RequestContext } from '@app/request-context';

import { type CreateUserInput } from './dto/create-user.input';
import { type UpdateUserInput } from './dto/update-user.input';
import { type UsersArgs } from './dto/users.args';
import { hashPassword } from './passwords';
import { User } from './user.entity';
import { USER_FILTER } from './user-filters';
import { USER_ORDERING } from './user-ordering';

const TOKEN_CHECK_FIELDS = ['email', 'role', 'memberStateIso3', 'disabled', 'tokenVersion'];

/** A token's user as its check reads it, and the reference tables' version read with it. */
export interface TokenCheckRow {
  user: User;
  referenceVersion: string;
}

/** Accounts, managed by admins (and by the CLI for the first admin and the demo users). */
@Injectable()
export class UsersService {
  private readonly rows: RowSelection<User>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.rows = new RowSelection(() => dataSource.getMetadata(User), {
      always: ['id'],
      derived: {},
    });
  }

  /**
   * What checking a token reads of its user (actor, enabled flag, token version), on every
   * request: one prepared statement of those columns. The same statement reads the reference
   * tables' version, which most pages need next (ReferenceDataService.useVersion): one statement
   * fewer per request.
   */
  async findForToken(id: string): Promise<TokenCheckRow | null> {
    const columns = this.rows.columnsFor(TOKEN_CHECK_FIELDS);
    const select = [
      ...this.rows.selectList('u', columns),
      `${REFERENCE_VERSION_SQL} AS reference_version`,
    ];
    const found = await this.rows.query(
      this.dataSource,
      `SELECT ${select.join(', ')} FROM users u WHERE u.id = $1`,
      [id],
    );
    const [user] = this.rows.hydrate(found, columns);
    return user ? { user, referenceVersion: String(found[0].reference_version) } : null;
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: email.toLowerCase() });
  }

  list(args: UsersArgs): Promise<Connection<User>> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('account');
    USER_FILTER.apply(query, args.filter, 'account');
    return paginate(query, args, sortKeyFor(USER_ORDERING, args.orderBy));
  }

  // Accounts are an admin's (the guard's role check is the whole rule): `ctx` by convention.
  async create(_ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const email = input.email.toLowerCase();
      if (await manager.existsBy(User, { email })) {
        throw new ConflictError(`A user with email ${email} already exists`, 'input.email');
      }
      const user = manager.create(User, {
        email,
        passwordHash,
        role: input.role,
        memberStateIso3: input.memberState ?? null,
        disabled: false,
        tokenVersion: 0,
        lastLoginAt: null,
      });
      await this.assertMemberState(manager, user);
      return manager.save(user);
    });
  }

  /** Changing role, state, enabled flag or password revokes the user's existing tokens. */
  async update(_ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const user = await findForUpdate(manager, User, 'User', input.id);
      if (input.role) user.role = input.role;
      if (input.memberState !== undefined) user.memberStateIso3 = input.memberState;
      if (input.disabled !== undefined && input.disabled !== null) user.disabled = input.disabled;
      if (passwordHash) user.passwordHash = passwordHash;
      await this.assertMemberState(manager, user);
      user.tokenVersion += 1;
      return manager.save(user);
    });
  }

  /**
   * The signed-in user's own interface language. A preference, not a change to the account: no
   * token is revoked, and (as the login stamp) it is not written to the audit log.
   */
  async setPreferredLanguage(ctx: RequestContext, language: string): Promise<User> {
    const { userId } = ctx.requireActor();
    await this.dataSource.getRepository(User).update(userId, { preferredLanguage: language });
    return (await this.findById(userId))!;
  }

  recordLogin(id: string): Promise<unknown> {
    // save (not update): the audit entry of a sign-in names its user (an update names no row).
    return this.dataSource.getRepository(User).save({ id, lastLoginAt: new Date() });
  }

  /** DONOR and TPCC act for a member state; other roles for none. */
  private async assertMemberState(manager: EntityManager, user: User): Promise<void> {
    const needsState = STATE_ROLES.includes(user.role);
    if (needsState && !user.memberStateIso3) {
      throw new BadInputError(
        'input.memberState',
        `input.memberState: a ${user.role} user acts for a member state; give its ISO3 code`,
      );
    }
    if (!needsState && user.memberStateIso3) {
      throw new BadInputError(
        'input.memberState',
        `input.memberState: a ${user.role} user does not act for a member state`,
      );
    }
    if (
      user.memberStateIso3 &&
      !(await manager.existsBy(MemberState, { iso3: user.memberStateIso3 }))
    ) {
      throw new BadInputError(
        'input.memberState',
        `input.memberState: ${user.memberStateIso3} is not a UN member state`,
      );
    }
  }
}
