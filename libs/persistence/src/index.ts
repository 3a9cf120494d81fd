// Entity building blocks
export * from './timestamped.entity';
export * from './field-columns';
export * from './belongs-to';
export * from './snake-naming.strategy';
export * from './column-transformers';
export * from './pg-types';
// Inside a transaction
export * from './find-for-update';
export * from './apply-patch';
// The data source (Nest, the migration CLI, scripts and tests)
export * from './data-source-options';
export * from './sql-logger';
export * from './database-unavailable';
export * from './database.module';
export * from './prepared-query';
export * from './row-selection';
export * from './batched-lookup';
export * from './batched-children';
// The base of the gap and offer registers
export * from './matchable-register';
