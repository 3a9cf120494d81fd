export * from './offer.entity';
export * from './offers.service';
export * from './offers.module';
export * from './dto/create-offer.input';
export * from './dto/update-offer.input';
export * from './dto/offers.args';
export * from './offer-filters';
export * from './offer.policy';
