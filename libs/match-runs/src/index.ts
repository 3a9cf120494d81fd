export * from './match-run.entity';
export * from './proposal.entity';
export * from './match-runs.service';
export * from './match-job.service';
export * from './match-runs.module';
export * from './match-instance.loader';
export * from './proposal.policy';
export * from './match-run.policy';
