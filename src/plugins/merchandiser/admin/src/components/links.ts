/** Content-manager list and edit URLs, so every figure links to the records behind it. */
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

export const orderEditUrl = (documentId: string) => `${cm('api::order.order')}/${documentId}`;
export const recordUrl = (uid: string, documentId: string) => `${cm(uid)}/${documentId}`;

/** The order list filtered like the dashboard (and, optionally, by stages). */
export function orderListUrl(filters: {
  customer?: string;
  from?: string;
  to?: string;
  stage?: string | string[];
  merchandiserId?: number;
}) {
  const groups: string[][] = [];
  const stages = filters.stage === undefined ? [] : Array.isArray(filters.stage) ? filters.stage : [filters.stage];
  if (stages.length === 1) groups.push([`[stage][$eq]=${encodeURIComponent(stages[0])}`]);
  if (stages.length > 1) groups.push(stages.map((stage, i) => `[$or][${i}][stage][$eq]=${encodeURIComponent(stage)}`));
  if (filters.customer) groups.push([`[customer][documentId][$eq]=${encodeURIComponent(filters.customer)}`]);
  if (filters.merchandiserId) groups.push([`[merchandiser][id][$eq]=${filters.merchandiserId}`]);
  if (filters.from) groups.push([`[exFactoryDate][$gte]=${filters.from}`]);
  if (filters.to) groups.push([`[exFactoryDate][$lte]=${filters.to}`]);
  const query = groups.flatMap((clauses, index) => clauses.map((clause) => `filters[$and][${index}]${clause}`));
  return `${cm('api::order.order')}?page=1&pageSize=20&sort=exFactoryDate:ASC${query.length ? `&${query.join('&')}` : ''}`;
}
