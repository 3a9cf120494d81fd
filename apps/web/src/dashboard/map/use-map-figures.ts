import { type CombinedError } from '@urql/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';

import type { DonorReportFilter, GapReportFilter } from '../../graphql/generated/graphql';
import { MapDonorCapacityQuery, MapOpenDemandQuery } from './map.graphql';
import { figuresOf, type MapFigures } from './map-figures';

/**
 * The report filters of the two modes (the page decides them; null or absent: no filter;
 * `capacity: false`: the capacity figures are not read, for who may not read donor summaries).
 */
export interface MapFilters {
  demand?: GapReportFilter | null;
  capacity?: DonorReportFilter | null | false;
}

export interface MapFiguresResult {
  /** Open demand by T/PCC ISO3; undefined until loaded. */
  demand: MapFigures | undefined;
  /** Offered capacity by donor ISO3; undefined until loaded. */
  capacity: MapFigures | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
}

/**
 * Both modes' figures, read at once so that switching mode shows the other map without waiting.
 */
export function useMapFigures(filters: MapFilters): MapFiguresResult {
  const [demand] = useQuery({
    query: MapOpenDemandQuery,
    variables: { filter: filters.demand ?? null },
  });
  const [capacity] = useQuery({
    query: MapDonorCapacityQuery,
    variables: { filter: filters.capacity || null },
    pause: filters.capacity === false,
  });
  const demandRows = demand.data?.openDemandByMemberState;
  const capacityRows = capacity.data?.donorSummaries;
  return {
    demand: useMemo(
      () =>
        figuresOf(
          demandRows,
          (row) => row.memberStateIso3,
          (row) => row.open,
        ),
      [demandRows],
    ),
    capacity: useMemo(
      () =>
        figuresOf(
          capacityRows,
          (row) => row.donorIso3,
          (row) => row.capacity,
        ),
      [capacityRows],
    ),
    fetching: demand.fetching || capacity.fetching,
    error: demand.error ?? capacity.error,
  };
}
