export * from './partnership.entity';
export * from './partnership-milestone.entity';
export * from './partnerships.service';
export * from './proposal-responses.service';
export * from './partnerships.module';
export * from './partnership.policy';
export * from './dto/partnership.inputs';
