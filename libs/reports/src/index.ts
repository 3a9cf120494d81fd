export * from './reports.module';
export * from './reports.service';
export { REPORTED_GAP_STATUSES, REPORTED_OFFER_STATUSES } from './report-filters';
export * from './report.policy';
export * from './dto/reports.args';
