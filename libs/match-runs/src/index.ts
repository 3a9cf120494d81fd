export * from './match-run-ticket.model';
export * from './match-runs.service';
export * from './match-job.service';
export * from './match-runs.module';
