import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { MINISTERIALS } from './data/ministerials';
import { Ministerial } from './ministerial.entity';

/**
 * Loads the Ministerials held so far (by code; safe to run any time). Run by `setup` after the
 * member states they reference; Ministerials coordinators added are left as they are.
 */
@Injectable()
export class MinisterialsSyncService {
  constructor(private readonly dataSource: DataSource) {}

  async sync(): Promise<number> {
    await this.dataSource.getRepository(Ministerial).upsert(
      MINISTERIALS.map((ministerial) => ({ ...ministerial })),
      ['code'],
    );
    return MINISTERIALS.length;
  }
}
