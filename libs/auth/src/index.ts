export * from './actor';
export * from './user.entity';
export * from './users.service';
export * from './auth.service';
export * from './auth.module';
export * from './dto/auth.inputs';
export * from './passwords';
export * from './tokens.service';
