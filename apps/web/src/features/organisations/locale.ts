import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `organisations` (keys `organisations:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const organisationsZhCN = {
  tableTitle: '组织机构列表',
  keywordPlaceholder: '名称、地址或联系人',
  name: '单位名称',
  type: '单位类型',
  region: '所属地区',
  address: '地址',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  create: '新建组织机构',
  editTitle: '编辑：{{name}}',
  editProfile: '编辑信息',
  viewUsers: '查看用户',
  deleteConfirm: '确定删除“{{name}}”吗？',
  deleteHint: '删除后该单位不再出现在列表中，历史记录保留。',
  deleted: '已删除“{{name}}”',
};

export const organisationsEn: Widen<typeof organisationsZhCN> = {
  tableTitle: 'Organisations',
  keywordPlaceholder: 'Name, address or contact',
  name: 'Name',
  type: 'Type',
  region: 'Region',
  address: 'Address',
  contactPerson: 'Contact person',
  contactPhone: 'Contact phone',
  create: 'New organisation',
  editTitle: 'Edit: {{name}}',
  editProfile: 'Edit details',
  viewUsers: 'Users',
  deleteConfirm: 'Delete "{{name}}"?',
  deleteHint: 'It disappears from the lists; its history is kept.',
  deleted: '"{{name}}" deleted',
};
