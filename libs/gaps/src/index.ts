export * from './capability-gap.entity';
export * from './gap-objective';
export * from './gaps.service';
export * from './gaps.module';
export * from './dto/create-gap.input';
export * from './dto/update-gap.input';
export * from './dto/gaps.args';
export * from './gap.policy';
