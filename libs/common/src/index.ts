import './graphql/domain-enums';

export * from './errors/domain-error';
export * from './errors/validation-error.factory';
export * from './errors/assert-transition';
export * from './errors/assert-window';
export * from './pagination/connection';
export * from './pagination/cursor';
export * from './pagination/page.args';
export * from './pagination/paginate';
export * from './validation/codes';
export * from './graphql/scalars';
export * from './graphql/request-loaders';
export * from './persistence/find-for-update';
export * from './persistence/apply-patch';
export * from './validation/validate-input';
export * from './lifecycle/graceful-shutdown';
