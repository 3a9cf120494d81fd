import { Role } from '@app/domain';

/**
 * Who receives a notice, by role and scope: the users of a donor state, of a T/PCC state, every
 * user of some roles, or named users. Disabled users and `except` (the acting user) never do.
 */
export interface Recipients {
  /** DONOR users of this state (the offer's donor). */
  donorState?: string | null;
  /** TPCC users of this state (the gap's). */
  tpccState?: string | null;
  /** Every user of these roles (staff roles, who see everything). */
  roles?: readonly Role[];
  /** These users (mentions: already checked to see the item). */
  userIds?: readonly string[];
  /** Left out: the user whose action caused the notice. */
  except?: string | null;
}

/** The SQL condition on `users u` for `recipients`, its parameters numbered from `first`. */
export function recipientCondition(
  recipients: Recipients,
  first: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  const any: string[] = [];
  if (recipients.donorState)
    any.push(
      `(u.role = '${Role.DONOR}' AND u.member_state_iso3 = ${param(recipients.donorState)})`,
    );
  if (recipients.tpccState)
    any.push(`(u.role = '${Role.TPCC}' AND u.member_state_iso3 = ${param(recipients.tpccState)})`);
  if (recipients.roles?.length) any.push(`u.role::text = ANY(${param(recipients.roles)}::text[])`);
  if (recipients.userIds?.length) any.push(`u.id = ANY(${param(recipients.userIds)}::uuid[])`);
  if (any.length === 0) return { sql: 'false', params };
  const except = recipients.except ? ` AND u.id <> ${param(recipients.except)}` : '';
  return { sql: `NOT u.disabled AND (${any.join(' OR ')})${except}`, params };
}
