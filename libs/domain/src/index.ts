export * from './category';
export * from './priority';
export * from './delivery-mode';
export * from './quantity-unit';
export * from './gap-source';
