import { type INestApplication } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { hashPassword, TokensService, User } from '@app/auth';
import { Role } from '@app/domain';

/** The accounts every e2e database gets; states match the factories (gaps RWA, offers USA). */
export const TEST_USERS = {
  coordinator: { role: Role.COORDINATOR, memberState: null },
  admin: { role: Role.ADMIN, memberState: null },
  analyst: { role: Role.ANALYST, memberState: null },
  donor: { role: Role.DONOR, memberState: 'USA' },
  otherDonor: { role: Role.DONOR, memberState: 'GBR' },
  tpcc: { role: Role.TPCC, memberState: 'RWA' },
  otherTpcc: { role: Role.TPCC, memberState: 'SEN' },
} as const;

export type TestIdentity = keyof typeof TEST_USERS;

export const TEST_PASSWORD = 'test-password-long-enough';

export function testEmail(identity: TestIdentity): string {
  return `${identity.toLowerCase()}@test.lcm.local`;
}

let hash: Promise<string> | undefined;

/** Creates the test accounts and mints an access token for each (login itself is tested apart). */
export async function createTestUsers(
  app: INestApplication,
  dataSource: DataSource,
): Promise<Record<TestIdentity, string>> {
  hash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await hash;
  const users = await dataSource.getRepository(User).save(
    Object.entries(TEST_USERS).map(([identity, { role, memberState }]) =>
      dataSource.getRepository(User).create({
        email: testEmail(identity as TestIdentity),
        passwordHash,
        role,
        memberStateIso3: memberState,
      }),
    ),
  );
  const tokens = app.get(TokensService);
  return Object.fromEntries(
    Object.keys(TEST_USERS).map((identity, index) => [
      identity,
      tokens.issue(users[index]).accessToken,
    ]),
  ) as Record<TestIdentity, string>;
}
