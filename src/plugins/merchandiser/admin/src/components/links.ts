import type { DashboardFilters, FigureKey } from '../../../shared/contracts/dashboard';
import { PLUGIN_ID } from '../pluginId';

/** Content-manager list and edit URLs, so every figure links to the records behind it. */
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

export const orderEditUrl = (documentId: string) => `${cm('api::order.order')}/${documentId}`;
export const recordUrl = (uid: string, documentId: string) => `${cm(uid)}/${documentId}`;

/**
 * The list behind a dashboard figure (pages/FigurePage): the same SQL as the
 * figure, with the dashboard's filters — so its count is the figure's.
 */
export function figureUrl(figure: FigureKey, filters: DashboardFilters, stage?: string): string {
  const params = new URLSearchParams({ figure });
  if (stage) params.set('stage', stage);
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  return `/plugins/${PLUGIN_ID}/figure?${params.toString()}`;
}
