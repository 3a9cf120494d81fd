export * from './languages';
export * from './m49-regions';
export * from './member-states';
