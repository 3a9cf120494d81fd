export * from './demo-data.types';
export * from './demo-gaps';
export * from './demo-offers';
export * from './demo-users';
