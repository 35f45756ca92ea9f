/**
 * The departments a merchandiser coordinates (DOMAIN.md). Each is created at
 * bootstrap as a department record mapped to an admin role of the same name;
 * an admin user signs off only for the departments whose role they hold.
 */
export interface DepartmentDefinition {
  key: string;
  name: string;
  nameZh: string;
}

export const DEFAULT_DEPARTMENTS: DepartmentDefinition[] = [
  { key: 'trade', name: 'Trade', nameZh: '贸易部' },
  { key: 'planning', name: 'Planning', nameZh: '计划' },
  { key: 'technical', name: 'Technical', nameZh: '技术科' },
  { key: 'process', name: 'Process', nameZh: '工艺组' },
  { key: 'qc', name: 'QC', nameZh: '质检' },
  { key: 'warehouse', name: 'Warehouse', nameZh: '仓库' },
  { key: 'factory', name: 'Factory', nameZh: '工厂' },
  { key: 'back-end', name: 'Back-end packing', nameZh: '后道' },
  { key: 'shipping', name: 'Shipping', nameZh: '船务' },
  { key: 'finance', name: 'Finance', nameZh: '财务' },
];
