import { createHmac } from 'node:crypto';

import { Redis } from 'ioredis';

import { AppConfig } from '@app/config';

import { gql } from './graphql';
import { type CreateUserInput, type Role } from './graphql/graphql';
import { startTestApi, type TestApi } from './support/test-api';

const LOGIN = gql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken expiresIn user { email role memberStateIso3 } }
  }
`);
const REFRESH = gql(`
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) { accessToken refreshToken }
  }
`);
const ME = gql(`
  query Me { me { email role } }
`);
const CREATE_USER = gql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
const UPDATE_USER = gql(`
  mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id disabled } }
`);
const PASSWORD = 'correct horse battery staple';

const base64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** An HS256 JWT signed by hand, to forge expired, foreign or tampered tokens. */
function signJwt(claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }) {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

describe('authentication', () => {
  let api: TestApi;
  let secret: string;
  let sequence = 0;

  /** A fresh account (so throttling and revocation in one test never affect another). */
  async function newUser(role: Role = 'ANALYST', memberState: string | null = null) {
    sequence += 1;
    const email = `user${sequence}@example.org`;
    const created = await api.as('admin')(CREATE_USER, {
      input: { email, password: PASSWORD, role, memberState },
    });
    expect(created.body.errors).toBeUndefined();
    return { id: created.body.data!.createUser.id, email };
  }

  async function login(email: string, password = PASSWORD, headers?: Record<string, string>) {
    return api.as(null)(LOGIN, { input: { email, password } }, headers);
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const me = (token: string) => api.as(null)(ME, {}, bearer(token));
  const codeOf = (response: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
    response.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi();
    secret = api.app.get(AppConfig).jwtSecret;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('signs in with email (any case) and password, and the access token works as Bearer', async () => {
    const { email } = await newUser('DONOR', 'FRA');
    const response = await login(email.toUpperCase());
    expect(response.body.errors).toBeUndefined();
    const { accessToken, refreshToken, expiresIn, user } = response.body.data!.login;
    expect(user).toEqual({ email, role: 'DONOR', memberStateIso3: 'FRA' });
    expect(expiresIn).toBe(900);
    const claims = claimsOf(accessToken);
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    expect(refreshToken).not.toBe(accessToken);
    expect((await me(accessToken)).body.data).toEqual({ me: { email, role: 'DONOR' } });
    const [{ last_login_at }] = await api.dataSource.query<{ last_login_at: Date | null }[]>(
      `SELECT last_login_at FROM users WHERE email = $1`,
      [email],
    );
    expect(last_login_at).not.toBeNull();
  });

  it('answers a wrong password and an unknown email alike, with UNAUTHENTICATED', async () => {
    const { email } = await newUser();
    const wrong = await login(email, 'not the password');
    const unknown = await login('nobody@example.org');
    for (const response of [wrong, unknown]) {
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.body.errors![0].message).toBe('Wrong email or password');
      expect(response.body.data).toBeNull();
    }
  });

  it('refuses every operation but login without a token, and a malformed header', async () => {
    expect(codeOf(await api.as(null)(ME, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.as(null)(ME, {}, { authorization: 'Basic abc' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await api.as(null)('{ gaps(first: 1) { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('exchanges a refresh token for new tokens; the two kinds are not interchangeable', async () => {
    const { email } = await newUser();
    const { accessToken, refreshToken } = (await login(email)).body.data!.login;
    const refreshed = await api.as(null)(REFRESH, {
      input: { refreshToken },
    });
    expect(refreshed.body.errors).toBeUndefined();
    expect((await me(refreshed.body.data!.refreshToken.accessToken)).body.data?.me.email).toBe(
      email,
    );
    // A refresh token is no access token, and the other way round.
    const asAccess = await me(refreshToken);
    expect(codeOf(asAccess)).toBe('UNAUTHENTICATED');
    expect(asAccess.body.errors![0].message).toBe('Expected an access token, got another kind');
    const asRefresh = await api.as(null)(REFRESH, { input: { refreshToken: accessToken } });
    expect(codeOf(asRefresh)).toBe('UNAUTHENTICATED');
    expect(asRefresh.body.errors![0].message).toBe('Expected a refresh token, got another kind');
  });

  it('refuses expired, tampered, foreign-key and unsigned tokens', async () => {
    const { id, email } = await newUser();
    const { accessToken } = (await login(email)).body.data!.login;
    const now = Math.floor(Date.now() / 1000);
    const valid = { sub: id, typ: 'access', ver: 0, iat: now, exp: now + 60 };
    // The forged valid token passes: the checks below fail for the reason they name.
    expect((await me(signJwt(valid, secret))).body.data?.me.email).toBe(email);

    const expired = await me(signJwt({ ...valid, iat: now - 120, exp: now - 60 }, secret));
    expect(codeOf(expired)).toBe('UNAUTHENTICATED');
    expect(expired.body.errors![0].message).toBe('The access token has expired');

    // Someone else's id in a genuine token's payload, the signature left as it was.
    const [header, , signature] = accessToken.split('.');
    const [{ id: adminId }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1`,
    );
    const tampered = `${header}.${base64url({ ...claimsOf(accessToken), sub: adminId })}.${signature}`;
    const foreign = signJwt(valid, 'another secret of at least thirty-two characters');
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(valid)}.`;
    const otherAlgorithm = signJwt(valid, secret, { alg: 'HS512', typ: 'JWT' });
    for (const token of [tampered, foreign, unsigned, otherAlgorithm, 'not-a-jwt']) {
      const response = await me(token);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.body.errors![0].message).toBe('The access token is not valid');
      expect(response.body.data).toBeNull();
    }
  });

  it('revokes tokens when an admin disables the user or changes its role', async () => {
    const disabled = await newUser();
    const tokens = (await login(disabled.email)).body.data!.login;
    const update = await api.as('admin')(UPDATE_USER, {
      input: { id: disabled.id, disabled: true },
    });
    expect(update.body.data?.updateUser.disabled).toBe(true);
    expect(codeOf(await me(tokens.accessToken))).toBe('UNAUTHENTICATED');
    const refreshed = await api.as(null)(REFRESH, { input: { refreshToken: tokens.refreshToken } });
    expect(codeOf(refreshed)).toBe('UNAUTHENTICATED');
    const again = await login(disabled.email);
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.body.errors![0].message).toBe('This account is disabled');

    const promoted = await newUser();
    const before = (await login(promoted.email)).body.data!.login.accessToken;
    await api.as('admin')(UPDATE_USER, { input: { id: promoted.id, role: 'COORDINATOR' } });
    expect(codeOf(await me(before))).toBe('UNAUTHENTICATED');
    const after = (await login(promoted.email)).body.data!.login.accessToken;
    expect((await me(after)).body.data).toEqual({
      me: { email: promoted.email, role: 'COORDINATOR' },
    });
  });

  it("keeps each user's interface language: set by the user, returned by me and at sign-in", async () => {
    const SET = `mutation($input: SetPreferredLanguageInput!) {
      setPreferredLanguage(input: $input) { email preferredLanguage }
    }`;
    const LANGUAGE = `{ me { preferredLanguage } }`;
    const user = await newUser('TPCC', 'BGD');
    const other = await newUser();
    const { accessToken } = (await login(user.email)).body.data!.login;
    const as =
      (token: string | null) =>
      (query: string, variables = {}) =>
        api.as(null)<{
          me?: { preferredLanguage: string | null };
          setPreferredLanguage?: { email: string; preferredLanguage: string };
        }>(query, variables, token ? bearer(token) : undefined);

    expect((await as(accessToken)(LANGUAGE)).body.data?.me).toEqual({ preferredLanguage: null });
    const set = await as(accessToken)(SET, { input: { language: 'fr' } });
    expect(set.body.data?.setPreferredLanguage).toEqual({
      email: user.email,
      preferredLanguage: 'fr',
    });
    // A preference: the token still works, and the next sign-in brings it back.
    expect((await as(accessToken)(LANGUAGE)).body.data?.me).toEqual({ preferredLanguage: 'fr' });
    const again = await api.as(null)<{ login: { user: { preferredLanguage: string } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { user { preferredLanguage } } }`,
      { input: { email: user.email, password: PASSWORD } },
    );
    expect(again.body.data?.login.user.preferredLanguage).toBe('fr');
    // Only the signed-in user's own, and only a language the interface has.
    const otherToken = (await login(other.email)).body.data!.login.accessToken;
    expect((await as(otherToken)(LANGUAGE)).body.data?.me).toEqual({ preferredLanguage: null });
    const refused = await as(accessToken)(SET, { input: { language: 'de' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.body.errors)).toContain('input.language');
    expect(codeOf(await as(null)(SET, { input: { language: 'en' } }))).toBe('UNAUTHENTICATED');
  });

  it('checks new accounts: a donor needs a state, passwords are long, emails unique', async () => {
    const cases: [CreateUserInput, string][] = [
      [{ email: 'd@example.org', password: PASSWORD, role: 'DONOR' }, 'input.memberState'],
      [{ email: 's@example.org', password: 'short', role: 'ANALYST' }, 'input.password'],
      [{ email: 'not-an-email', password: PASSWORD, role: 'ANALYST' }, 'input.email'],
    ];
    for (const [input, field] of cases) {
      const response = await api.as('admin')(CREATE_USER, { input });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].extensions?.field).toBe(field);
    }
    const { email } = await newUser();
    const duplicate = await api.as('admin')(CREATE_USER, {
      input: { email, password: PASSWORD, role: 'ANALYST' },
    });
    expect(codeOf(duplicate)).toBe('CONFLICT');
  });

  it('throttles brute force per account: after 5 failures even the right password waits', async () => {
    const { email } = await newUser();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(codeOf(await login(email, `guess ${attempt}`))).toBe('UNAUTHENTICATED');
    }
    const locked = await login(email);
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.body.errors![0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
    expect(locked.body.data).toBeNull();
    // Other accounts are not locked by it.
    const other = await newUser();
    expect((await login(other.email)).body.errors).toBeUndefined();
  });

  it('throttles brute force per address, across accounts', async () => {
    // Earlier tests failed from this address too: start the count afresh.
    const redis = new Redis(process.env.REDIS_URL!);
    const keys = await redis.keys(`${api.queuePrefix}:login:address*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    // Thirty failures spread over accounts that each stay under the per-account limit.
    const accounts = await Promise.all(Array.from({ length: 8 }, () => newUser()));
    let failures = 0;
    for (const { email } of accounts) {
      for (let attempt = 0; attempt < 4 && failures < 30; attempt += 1, failures += 1) {
        expect(codeOf(await login(email, 'wrong password'))).toBe('UNAUTHENTICATED');
      }
    }
    const fresh = await newUser();
    const locked = await login(fresh.email);
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    // Forty argon2id hashes and checks (64 MiB, 3 passes each: ~0.27 s of CPU apiece here, 11 s in
    // all on a quiet 2-core machine), slower while other test files share the cores.
  }, 120_000);
});
