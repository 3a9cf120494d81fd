export * from './queues';
export * from './queue.module';
export * from './match-scheduler';
export * from './match-scheduler.module';
