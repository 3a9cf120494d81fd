// The dashboard's world map: import from here; the geometry loads in a chunk of its own.
export { OpenDemandMap, type OpenDemandMapProps } from './OpenDemandMap';
export { MAP_MODES, type MapFigures, type MapMode } from './map-figures';
export { type MapFilters, type MapFiguresResult, useMapFigures } from './use-map-figures';
