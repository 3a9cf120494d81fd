export * from './diagnostics';
export * from './diagnostics.types';
export { AllocationNotOptimalError } from './residual-graph';
