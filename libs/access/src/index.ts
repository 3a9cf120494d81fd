export * from './actor';
export * from './access-rule';
export * from './current-actor.decorator';
export * from './list-scope';
