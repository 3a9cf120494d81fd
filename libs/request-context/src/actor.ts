import { type Role } from '@app/domain';

/** The signed-in user a request acts as. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** ISO3 of the member state a DONOR or TPCC acts for; null for other roles. */
  memberState: string | null;
}
