import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormSelect, ProFormText, ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORKING_GROUP_ROLE_LABELS, WorkingGroupRole } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import {
  type WorkingGroupMember,
  type WorkingGroupMemberInput,
  useRemoveMember,
  useSaveMember,
  useWorkingGroup,
} from './programmes.api';

/** 工作小组: names and phones are personal data, shown to bureau users only, phones masked. */
export function WorkingGroupView({ programmeId, editable }: { programmeId: string; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const members = useWorkingGroup(programmeId);
  const remove = useRemoveMember(programmeId);

  const columns: ProColumns<WorkingGroupMember>[] = [
    { title: t('programmes:memberName'), dataIndex: 'name', width: 140 },
    { title: t('programmes:memberUnit'), dataIndex: 'unit' },
    {
      title: t('programmes:memberRole'),
      dataIndex: 'role',
      width: 120,
      render: (_dom, member) => labelOf(WORKING_GROUP_ROLE_LABELS, member.role, language),
    },
    { title: t('programmes:memberPhone'), dataIndex: 'phone', width: 160 },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_dom: unknown, member: WorkingGroupMember) => [
              <MemberForm key="edit" programmeId={programmeId} member={member} />,
              <Popconfirm
                key="delete"
                title={t('programmes:removeMemberConfirm', { name: member.name })}
                okButtonProps={{ danger: true }}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(member);
                    message.success(t('programmes:memberRemoved'));
                  } catch (error) {
                    showError(message, error);
                  }
                }}
              >
                <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
              </Popconfirm>,
            ],
          },
        ]
      : []),
  ];

  return (
    <ProTable<WorkingGroupMember>
      rowKey="id"
      columns={columns}
      dataSource={members.data ?? []}
      loading={members.isLoading}
      search={false}
      pagination={false}
      headerTitle={t('programmes:workingGroup')}
      tooltip={t('programmes:phoneMaskedHint')}
      options={{ density: false, setting: false, reload: false }}
      toolBarRender={() => (editable ? [<MemberForm key="add" programmeId={programmeId} />] : [])}
    />
  );
}

function MemberForm({ programmeId, member }: { programmeId: string; member?: WorkingGroupMember }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const save = useSaveMember(programmeId);
  return (
    <ModalForm<WorkingGroupMemberInput>
      title={member ? t('programmes:editMember') : t('programmes:addMember')}
      trigger={
        member ? (
          <Typography.Link>{t('common.edit')}</Typography.Link>
        ) : (
          <Button type="primary" icon={<PlusOutlined />}>
            {t('programmes:addMember')}
          </Button>
        )
      }
      // Editing never pre-fills the masked phone: leave it empty to keep the stored number.
      initialValues={
        member
          ? { name: member.name, unit: member.unit, role: member.role }
          : { role: WorkingGroupRole.Member }
      }
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values) => {
        try {
          const input = member && !values.phone ? { ...values, phone: undefined } : values;
          await save.mutateAsync({ member, input });
          message.success(t('programmes:memberSaved'));
          return true;
        } catch (error) {
          showError(message, error);
          return false;
        }
      }}
    >
      <ProFormText
        name="name"
        label={t('programmes:memberName')}
        rules={[{ required: true, message: t('common.required') }]}
      />
      <ProFormText
        name="unit"
        label={t('programmes:memberUnit')}
        placeholder={t('programmes:memberUnitPlaceholder')}
        rules={[{ required: true, message: t('common.required') }]}
      />
      <ProFormSelect
        name="role"
        label={t('programmes:memberRole')}
        rules={[{ required: true, message: t('common.required') }]}
        options={Object.values(WorkingGroupRole).map((role) => ({
          value: role,
          label: labelOf(WORKING_GROUP_ROLE_LABELS, role, language),
        }))}
      />
      <ProFormText
        name="phone"
        label={t('programmes:memberPhone')}
        extra={member ? t('programmes:phoneKeepHint') : undefined}
      />
    </ModalForm>
  );
}
