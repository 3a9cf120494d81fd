import { Module } from '@nestjs/common';

import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/** Conversations on gaps, proposals and partnerships. */
@Module({
  providers: [CommentsService, CommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
