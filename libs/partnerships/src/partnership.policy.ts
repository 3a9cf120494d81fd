import { allow, allowIf, asUuid, inputField } from '@app/access';
import { ALL_ROLES, Role } from '@app/domain';
import { partyScope, sideOf } from '@app/match-runs';

import { Partnership } from './partnership.entity';

/**
 * Partnerships are seen by their two parties (and all staff). Follow-up (milestones, deliveries,
 * the indicator after delivery) is recorded by a coordinator or by either party.
 */
export const PartnershipPolicy = {
  read: allow(...ALL_ROLES),
  scope: partyScope,

  followUp: allowIf(
    [Role.COORDINATOR, Role.DONOR, Role.TPCC],
    async (actor, args, { dataSource }) => {
      if (!sideOf(actor)) return true;
      const id = asUuid(inputField(args, 'partnershipId'));
      let partnershipId = id;
      if (!partnershipId) {
        // completePartnershipMilestone names the milestone, not the partnership.
        const milestoneId = asUuid(inputField(args, 'id'));
        if (!milestoneId) return true;
        const [milestone] = await dataSource.query<{ partnership_id: string }[]>(
          'SELECT partnership_id FROM partnership_milestones WHERE id = $1',
          [milestoneId],
        );
        if (!milestone) return true;
        partnershipId = milestone.partnership_id;
      }
      const row = await dataSource
        .getRepository(Partnership)
        .createQueryBuilder('partnership')
        .innerJoin('partnership.gap', 'gap')
        .innerJoin('partnership.offer', 'offer')
        .select(['gap.member_state_iso3 AS "gapState"', 'offer.donor_iso3 AS "donor"'])
        .where('partnership.id = :partnershipId', { partnershipId })
        .getRawOne<{ gapState: string; donor: string }>();
      if (!row) return true;
      return actor.role === Role.DONOR
        ? row.donor === actor.memberState
        : row.gapState === actor.memberState;
    },
    'Only the two parties of a partnership (or a coordinator) record its follow-up',
  ),
};
