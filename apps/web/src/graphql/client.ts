import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';

import { session } from '../auth/session';

/** Every cached list of a root field (all argument sets), dropped so the next read refetches. */
function invalidateLists(cache: Cache, ...fieldNames: string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldKey);
  }
}

/**
 * The normalised cache: entities by id (member states by ISO3, missions by code); objects
 * without an identity (connections, score breakdowns, objectives) live inside their parent.
 * Mutations that change which rows a list holds drop the cached lists they affect.
 */
function cache() {
  const embedded = () => null;
  return cacheExchange({
    keys: {
      MemberState: (data) => (data.iso3 as string) ?? null,
      Mission: (data) => (data.code as string) ?? null,
      GapObjective: embedded,
      ScoreBreakdown: embedded,
      PageInfo: embedded,
      AuthPayload: embedded,
      MatchWeights: embedded,
      CapabilityGapConnection: embedded,
      CapabilityGapEdge: embedded,
      OfferConnection: embedded,
      OfferEdge: embedded,
      ProposalConnection: embedded,
      ProposalEdge: embedded,
      PartnershipConnection: embedded,
      PartnershipEdge: embedded,
      MatchRunConnection: embedded,
      MatchRunEdge: embedded,
      MemberStateConnection: embedded,
      MemberStateEdge: embedded,
      MissionConnection: embedded,
      MissionEdge: embedded,
      CommentConnection: embedded,
      CommentEdge: embedded,
      CommentMention: embedded,
      MatchDiagnostics: embedded,
      GapDiagnosis: embedded,
      OfferVerdict: embedded,
      DiagnosisAllocation: embedded,
      DiagnosisScoreChange: embedded,
      OfferDiagnosis: embedded,
      RuleCount: embedded,
      UnservedCandidate: embedded,
      NearMiss: embedded,
      DiagnosisOfferChange: embedded,
      DuplicationWarning: embedded,
      NotificationConnection: embedded,
      NotificationEdge: embedded,
      MarkNotificationsReadResult: embedded,
      NotificationPreference: (data) => (data.kind as string) ?? null,
      // The reports (dashboard): figures of a filter, not entities.
      CoverageReport: embedded,
      CoverageRow: embedded,
      CoverageFigures: embedded,
      PersistentGapConnection: embedded,
      PersistentGapEdge: embedded,
      PersistentGap: embedded,
      DonorSummary: embedded,
      LanguageFitReport: embedded,
      LanguageFitFigures: embedded,
      LanguageSupply: embedded,
      PartnershipOutcomeConnection: embedded,
      PartnershipOutcomeEdge: embedded,
      PartnershipOutcome: embedded,
      OutcomeSummary: embedded,
      GapTrend: embedded,
      GapTrendMonth: embedded,
      MemberStateDemand: embedded,
      ImportResult: embedded,
      // Pledges: lists and reports are figures of a filter, not entities.
      PledgeConnection: embedded,
      PledgeEdge: embedded,
      MinisterialConnection: embedded,
      MinisterialEdge: embedded,
      PledgeFulfilment: embedded,
      MinisterialPledgeReport: embedded,
      PledgeRequirementRow: embedded,
      PledgeFollowUpReport: embedded,
      PledgeFollowUpRow: embedded,
      PublicPledgeSummaryRow: embedded,
      PublicPledgeQuantity: embedded,
      ImportRowError: embedded,
    },
    updates: {
      Subscription: {
        notificationAdded: (_result, _args, cache) => invalidateLists(cache, 'notifications'),
      },
      Mutation: {
        createGap: (_result, _args, cache) => invalidateLists(cache, 'gaps'),
        createOffer: (_result, _args, cache) => invalidateLists(cache, 'offers'),
        acceptProposal: (_result, _args, cache) =>
          invalidateLists(cache, 'proposals', 'partnerships'),
        declineProposal: (_result, _args, cache) => invalidateLists(cache, 'proposals'),
        startMatchRun: (_result, _args, cache) => invalidateLists(cache, 'matchRuns'),
        addComment: (_result, _args, cache) => invalidateLists(cache, 'comments'),
        markNotificationsRead: (_result, _args, cache) => invalidateLists(cache, 'notifications'),
        deleteComment: (_result, _args, cache) => invalidateLists(cache, 'comments'),
        // A dry run writes nothing; an import adds rows to the list.
        importGaps: (_result, args, cache) => {
          if (!args.dryRun) invalidateLists(cache, 'gaps');
        },
        importOffers: (_result, args, cache) => {
          if (!args.dryRun) invalidateLists(cache, 'offers');
        },
        createPledge: (_result, _args, cache) => invalidateLists(cache, 'pledges'),
        // A pledge's figures and the reports are computed by the API: read them again.
        changePledgeStatus: (_result, _args, cache) =>
          invalidateLists(cache, 'pledges', 'pledgeRequirementsReport', 'pledgeFollowUpReport'),
        linkPledgeOffer: (_result, _args, cache) =>
          invalidateLists(cache, 'pledges', 'pledgeRequirementsReport', 'pledgeFollowUpReport'),
        unlinkPledgeOffer: (_result, _args, cache) =>
          invalidateLists(cache, 'pledges', 'pledgeRequirementsReport', 'pledgeFollowUpReport'),
        addMinisterialRequirement: (_result, _args, cache) =>
          invalidateLists(cache, 'pledgeRequirementsReport'),
        removeMinisterialRequirement: (_result, _args, cache) =>
          invalidateLists(cache, 'pledgeRequirementsReport'),
        importMinisterialRequirements: (_result, args, cache) => {
          if (!args.dryRun) invalidateLists(cache, 'pledgeRequirementsReport');
        },
      },
    },
  });
}

/** Same origin as the page: /graphql over HTTP, and its WebSocket for subscriptions. */
function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** The app's GraphQL client: cache, bearer token (refreshed when refused), subscriptions. */
export function createGraphQLClient(): Client {
  const ws = createWsClient({
    url: webSocketUrl(),
    lazy: true,
    connectionParams: async () => {
      if (session.needsRefresh()) await session.refresh();
      const token = session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    exchanges: [
      cache(),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = session.accessToken();
          return token
            ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` })
            : operation;
        },
        willAuthError: () => session.needsRefresh(),
        didAuthError: (error) =>
          error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'),
        refreshAuth: async () => {
          await session.onUnauthenticated();
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
