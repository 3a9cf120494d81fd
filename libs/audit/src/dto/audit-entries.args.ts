import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { AuditEntryFilter } from '../audit-filters';
import { AUDIT_ORDERING } from '../audit-ordering';

@ArgsType()
export class AuditEntriesArgs extends ListArgs(AUDIT_ORDERING, AuditEntryFilter) {}
