export * from './comment.entity';
export * from './comment.policy';
export * from './comments.service';
export * from './comments.module';
export * from './dto/add-comment.input';
export * from './dto/edit-comment.input';
export * from './dto/comments.args';
