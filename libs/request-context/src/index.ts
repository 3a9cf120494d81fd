export * from './actor';
export * from './request-context';
export * from './request-context.store';
export * from './ctx.decorator';
export * from './request-id';
export * from './graphql-operation.interceptor';
export * from './request-context.module';
