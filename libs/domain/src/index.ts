export * from './category';
export * from './priority';
export * from './delivery-mode';
export * from './quantity-unit';
export * from './gap-source';
export * from './status-machine';
export * from './gap-status';
export * from './offer-status';
