export * from './metrics.registry';
export * from './operation-label';
export * from './graphql.metrics';
export * from './queue.metrics';
export * from './match-run.metrics';
export * from './stored-histogram';
export * from './metrics.service';
export * from './metrics.module';
