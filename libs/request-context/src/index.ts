export * from './request-context';
export * from './request-id';
export * from './graphql-operation.interceptor';
export * from './request-context.module';
