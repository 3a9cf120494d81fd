export * from './demo-data.types';
export * from './demo-files';
export * from './demo-users';
export * from './demo-pledges';
