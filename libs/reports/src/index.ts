export * from './reports.module';
export * from './reports.service';
export * from './report.policy';
export * from './dto/reports.args';
