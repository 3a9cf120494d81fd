export * from './snake-naming.strategy';
export * from './timestamped.entity';
export * from './column-transformers';
export * from './pg-types';
