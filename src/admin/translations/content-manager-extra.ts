/**
 * Content Manager texts a merchandiser meets that Strapi's Chinese translation
 * lacks altogether (beside the keys it ships but registers under the wrong
 * name, see scripts/strapi-zh-hans.js). Keys as the admin looks them up.
 */
export const contentManagerExtraZh: Readonly<Record<string, string>> = {
  'content-manager.actions.clone.label': '复制',
  'content-manager.actions.clone.error': '复制文档时出错。',
  'content-manager.actions.delete.label': '删除条目{isLocalized, select, true {(所有语言)} other {}}',
  'content-manager.actions.delete.dialog.body': '确定要删除该文档吗?此操作不可撤销。',
  'content-manager.actions.delete.error': '删除文档时出错。',
  'content-manager.actions.discard.label': '放弃修改',
  'content-manager.actions.discard.dialog.body': '确定要放弃修改吗?此操作不可撤销。',
  'content-manager.actions.edit.label': '编辑',
  'content-manager.actions.edit.error': '编辑文档时出错。',
  'content-manager.actions.open-in-new-tab.label': '在新标签页打开',
  'content-manager.actions.copy-documentId.label': '复制文档 ID',
  'content-manager.actions.copy-documentId.success': '文档 ID 已复制',
  'content-manager.actions-drawer.open': '打开更多操作',
  'content-manager.actions-drawer.close': '关闭更多操作',
  'content-manager.containers.edit.title.new': '新建条目',
  'content-manager.containers.edit.panels.default.title': '条目',
  'content-manager.containers.edit.panels.default.more-actions': '更多操作',
  'content-manager.containers.edit.header.more-actions': '更多操作',
  'content-manager.containers.edit.information.last-draft.label': '更新于',
  'content-manager.containers.edit.information.last-draft.value':
    '{time}{isAnonymous, select, true {} other {(由 {author})}}',
  'content-manager.containers.edit.information.document.label': '创建于',
  'content-manager.containers.edit.information.document.value':
    '{time}{isAnonymous, select, true {} other {(由 {author})}}',
  'content-manager.containers.edit.information.documentId.label': '文档 ID',
  'content-manager.containers.list.table.row-actions': '行操作',
  'content-manager.containers.list.autoCloneModal.header': '复制',
  'content-manager.containers.list.autoCloneModal.title': '此条目无法直接复制。',
  'content-manager.containers.list.autoCloneModal.description': '将创建内容相同的新条目,但须先修改以下字段才能保存。',
  'content-manager.containers.list.autoCloneModal.create': '创建',
  'content-manager.containers.list.autoCloneModal.error.unique': '唯一字段不允许相同的值。',
  'content-manager.containers.list.autoCloneModal.error.relation': '复制关联可能会把它从原条目中移除。',
  'content-manager.ListViewTable.relation-loaded': '关联已加载',
  'content-manager.ListViewTable.relation-loading': '正在加载关联',
  'content-manager.ListViewTable.relation-more': '该关联的条目多于显示的数量',
  'content-manager.relation.create': '新建关联',
  'content-manager.relation.error-adding-relation': '添加关联时出错。',
  'content-manager.popover.display-relations.label': '显示关联',
  'content-manager.success.record.clone': '已复制',
  'content-manager.success.record.discard': '已放弃修改',
  'content-manager.success.records.delete': '删除成功。',
};
