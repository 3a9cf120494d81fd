import { Role } from '@app/domain';

export interface DemoUser {
  email: string;
  role: Role;
  memberState: string | null;
}

/**
 * One account per role for trying the service locally. Their password is DEMO_PASSWORD, printed by
 * the seed; the seed refuses to create them when NODE_ENV=production.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'coordinator@demo.lcm.local', role: Role.COORDINATOR, memberState: null },
  { email: 'donor.usa@demo.lcm.local', role: Role.DONOR, memberState: 'USA' },
  { email: 'tpcc.bgd@demo.lcm.local', role: Role.TPCC, memberState: 'BGD' },
  { email: 'analyst@demo.lcm.local', role: Role.ANALYST, memberState: null },
  { email: 'admin@demo.lcm.local', role: Role.ADMIN, memberState: null },
];

/** Local demo only: never use it anywhere real. */
export const DEMO_PASSWORD = 'demo-password-change-me';
