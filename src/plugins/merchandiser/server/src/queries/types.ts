import type { DashboardFilters } from '../../../shared/contracts/dashboard';

/** Filters as the queries take them: "me" already resolved to the admin user's id. */
export type Filters = Omit<DashboardFilters, 'merchandiser'> & { merchandiserId?: number | null };
