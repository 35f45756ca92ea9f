import { UID } from '../../platform/constants';
import type { GuardMap } from '../../platform/invariants/guard';
import { appendOnlyGuard } from '../security/guards';

/** An import is a record of what a file did: written by the import service, never typed or edited by hand. */
export const importGuards: GuardMap = { [UID.dataImport]: appendOnlyGuard };
