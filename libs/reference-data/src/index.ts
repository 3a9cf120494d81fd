export * from './member-state.entity';
export * from './mission.entity';
export * from './reference-data.service';
export * from './reference-data-sync.service';
export * from './reference-data.module';
export * from './data/missions';
