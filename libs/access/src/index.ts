export * from './access-rule';
export * from './list-scope';
