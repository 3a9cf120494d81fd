import { type SharedReportFilter } from './dashboard-filters';

/** What the map panel gets from the dashboard. */
export interface MapSlotProps {
  /** The dashboard's filters, as every panel gets them (openDemandByMemberState(filter)). */
  filter: SharedReportFilter;
  /** A click on a country: the dashboard filters every panel by that T/PCC (ISO3, `tpcc=` in the URL). */
  onSelectMemberState: (iso3: string) => void;
}

/**
 * THE MAP PANEL GOES HERE. `OpenDemandMap` (apps/web/src/dashboard/map/, written separately)
 * renders its own `<section data-panel="map">` with an h2; once it exists this becomes
 * `return <OpenDemandMap {...props} />`. Until then the dashboard shows no empty panel.
 */
export function MapSlot(props: MapSlotProps) {
  void props;
  return null;
}
