import { ProDescriptions } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS } from '@skillpay/domain';
import { useDomainLabels, valueEnumOf } from '../../app/i18n/labels';
import { canOpen } from '../../app/navigation';
import { useCurrentRole } from '../../app/session/session-user';
import { UserStatusTag } from './user-status-tag';
import { type User } from './users.api';

export interface UserDescriptionsProps {
  user: User;
}

export function UserDescriptions({ user }: UserDescriptionsProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const role = useCurrentRole();
  return (
    <div data-testid="user-descriptions">
      <ProDescriptions<User>
        column={2}
        bordered
        size="middle"
        dataSource={user}
        columns={[
          { title: t('users:username'), dataIndex: 'username', copyable: true },
          { title: t('users:displayName'), dataIndex: 'displayName' },
          { title: t('users:role'), dataIndex: 'role', valueEnum: valueEnumOf(ROLE_LABELS, labels.language) },
          {
            title: t('users:organisation'),
            dataIndex: ['organisation', 'name'],
            render: (_dom, record) => (
              <>
                {canOpen('organisations', role) ? (
                  <Link to={`/organisations/${record.organisation.id}`}>{record.organisation.name}</Link>
                ) : (
                  record.organisation.name
                )}{' '}
                <Typography.Text type="secondary">
                  ({labels.organisationType(record.organisation.type)})
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('users:statusLabel'),
            dataIndex: 'status',
            render: (_dom, record) => <UserStatusTag user={record} />,
          },
          {
            title: t('users:twoFactor'),
            dataIndex: 'twoFactorEnabled',
            render: (_dom, record) =>
              record.twoFactorEnabled ? (
                <Tag color="success" data-testid="user-two-factor">
                  {t('users:twoFactorOn')}
                </Tag>
              ) : (
                <Tag data-testid="user-two-factor">{t('users:twoFactorOff')}</Tag>
              ),
          },
          {
            title: t('users:lastLoginAt'),
            dataIndex: 'lastLoginAt',
            valueType: 'dateTime',
            render: (_dom, record) =>
              record.lastLoginAt ? dayjs(record.lastLoginAt).format('YYYY-MM-DD HH:mm:ss') : t('users:never'),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', valueType: 'dateTime' },
        ]}
      />
    </div>
  );
}
