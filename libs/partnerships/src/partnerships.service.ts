import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import {
  BadInputError,
  ConflictError,
  type Connection,
  paginate,
  type RequestLoaders,
  sortKeyFor,
} from '@app/common';
import { batchedChildren, batchedLookup, findForUpdate } from '@app/persistence';
import { PartnershipStatus } from '@app/domain';
import { scopeOf } from '@app/access';
import { CapabilityGap } from '@app/gaps';
import { partiesOf } from '@app/match-runs';
import { recordNotifications } from '@app/notifications';
import { type RequestContext } from '@app/request-context';

import { type AddMilestoneInput } from './dto/add-milestone.input';
import { type CompleteMilestoneInput } from './dto/complete-milestone.input';
import { type PartnershipsArgs } from './dto/partnerships.args';
import { type RecordDeliveryInput } from './dto/record-delivery.input';
import { type RecordIndicatorInput } from './dto/record-indicator.input';
import { PartnershipMilestone } from './partnership-milestone.entity';
import { PARTNERSHIP_FILTER } from './partnership-filters';
import { Partnership } from './partnership.entity';
import { PARTNERSHIP_ORDERING } from './partnership-ordering';
import { PartnershipPolicy } from './partnership.policy';
import { deliveryNotice } from './proposal-notices';

/** What happens after confirmation: milestones, deliveries and the indicator measured after. */
@Injectable()
export class PartnershipsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The partnership, if it exists and `scope` lets the caller see it. */
  /** The partnership if the caller may see it; null when missing or not theirs (alike). */
  findById(ctx: RequestContext, id: string): Promise<Partnership | null> {
    const scope = scopeOf(ctx, PartnershipPolicy);
    const query = this.dataSource
      .getRepository(Partnership)
      .createQueryBuilder('partnership')
      .where('partnership.id = :id', { id });
    scope(query, 'partnership');
    return query.getOne();
  }

  /** Batches the partnership of each proposal in one request. */
  byProposalLoader(loaders: RequestLoaders) {
    return batchedLookup(
      loaders,
      'partnershipByProposal',
      this.dataSource.getRepository(Partnership),
      'proposalId',
    );
  }

  /** Batches the milestones of each partnership in one request, by due date. */
  milestonesLoader(loaders: RequestLoaders) {
    return batchedChildren(
      loaders,
      'milestonesByPartnership',
      this.dataSource.getRepository(PartnershipMilestone),
      'partnershipId',
      { dueOn: 'ASC', id: 'ASC' },
    );
  }

  list(ctx: RequestContext, args: PartnershipsArgs): Promise<Connection<Partnership>> {
    const scope = scopeOf(ctx, PartnershipPolicy);
    const query = this.dataSource.getRepository(Partnership).createQueryBuilder('partnership');
    scope(query, 'partnership');
    PARTNERSHIP_FILTER.apply(query, args.filter, 'partnership');
    return paginate(query, args, sortKeyFor(PARTNERSHIP_ORDERING, args.orderBy));
  }

  async addMilestone(ctx: RequestContext, input: AddMilestoneInput): Promise<PartnershipMilestone> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOwn(ctx, manager, input.partnershipId);
      return manager.save(
        manager.create(PartnershipMilestone, {
          partnershipId: input.partnershipId,
          title: input.title,
          dueOn: input.dueOn,
          achievedOn: null,
          note: null,
        }),
      );
    });
  }

  async completeMilestone(
    ctx: RequestContext,
    input: CompleteMilestoneInput,
  ): Promise<PartnershipMilestone> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await findForUpdate(
        manager,
        PartnershipMilestone,
        'PartnershipMilestone',
        input.id,
      );
      await PartnershipPolicy.assertCanFollowUp(ctx, async () =>
        partiesOf(
          manager,
          await manager.findOneByOrFail(Partnership, { id: milestone.partnershipId }),
        ),
      );
      milestone.achievedOn = input.achievedOn;
      if (input.note !== undefined) milestone.note = input.note;
      return manager.save(milestone);
    });
  }

  /** Adds to the delivered quantity; the partnership is COMPLETED once all is delivered. */
  async recordDelivery(ctx: RequestContext, input: RecordDeliveryInput): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.lockOwn(ctx, manager, input.partnershipId);
      const outstanding = partnership.quantity - partnership.deliveredQuantity;
      if (input.quantity > outstanding) {
        throw new BadInputError(
          'input.quantity',
          `input.quantity: ${input.quantity} is more than the ${outstanding} still to deliver`,
          { outstanding },
        );
      }
      partnership.deliveredQuantity += input.quantity;
      if (partnership.deliveredQuantity === partnership.quantity) {
        partnership.status = PartnershipStatus.COMPLETED;
      }
      const saved = await manager.save(partnership);
      const { title } = await manager.findOneOrFail(CapabilityGap, {
        where: { id: partnership.gapId },
        select: { id: true, title: true },
      });
      await recordNotifications(ctx.withManager(manager), [
        deliveryNotice(
          ctx,
          partnership,
          await partiesOf(manager, partnership),
          title,
          input.quantity,
        ),
      ]);
      return saved;
    });
  }

  /** Records the gap's indicator after delivery (something must have been delivered). */
  async recordIndicator(ctx: RequestContext, input: RecordIndicatorInput): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.lockOwn(ctx, manager, input.partnershipId);
      if (partnership.deliveredQuantity === 0) {
        throw new ConflictError(
          `Partnership ${partnership.id} has delivered nothing yet: record a delivery first`,
          'input.partnershipId',
        );
      }
      partnership.indicatorAfter = input.value;
      partnership.indicatorMeasuredOn = input.measuredOn;
      return manager.save(partnership);
    });
  }

  /** Locks the partnership (NOT_FOUND if missing), then checks the actor may follow it up. */
  private async lockOwn(
    ctx: RequestContext,
    manager: EntityManager,
    id: string,
  ): Promise<Partnership> {
    const partnership = await findForUpdate(
      manager,
      Partnership,
      'Partnership',
      id,
      'input.partnershipId',
    );
    await PartnershipPolicy.assertCanFollowUp(ctx, () => partiesOf(manager, partnership));
    return partnership;
  }
}
