import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Flex, Switch, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { showError } from '../../app/api/api-error';
import { useDomainLabels } from '../../app/i18n/labels';
import {
  type TwoFactorSetting,
  useTwoFactorSettings,
  useUpdateTwoFactorSettings,
} from './security-settings.api';

/** The system administrator's per-role two-factor enforcement; every change is audited. */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const settings = useTwoFactorSettings();
  const update = useUpdateTwoFactorSettings();

  const toggle = (setting: TwoFactorSetting, enforced: boolean) =>
    update.mutate(
      { items: [{ role: setting.role, enforced }] },
      {
        onSuccess: () => message.success(t('securitySettings:saved')),
        onError: (error) => showError(message, error),
      },
    );

  return (
    <PageContainer title={t('securitySettings:title')} breadcrumbRender={false}>
      <ProCard title={t('securitySettings:twoFactorTitle')}>
        <Flex vertical gap={token.marginMD}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('securitySettings:twoFactorIntro')}
          </Typography.Paragraph>
          <Alert
            type="info"
            showIcon
            message={t('securitySettings:defaultsNote')}
            data-testid="two-factor-defaults-note"
          />
          <Table<TwoFactorSetting>
            rowKey="role"
            size="middle"
            pagination={false}
            loading={settings.isLoading}
            dataSource={settings.data?.items ?? []}
            columns={[
              {
                title: t('securitySettings:role'),
                dataIndex: 'role',
                render: (_value, setting) => labels.role(setting.role),
              },
              {
                title: t('securitySettings:enforced'),
                dataIndex: 'enforced',
                render: (_value, setting) => (
                  <Switch
                    checked={setting.enforced}
                    loading={update.isPending}
                    onChange={(checked) => toggle(setting, checked)}
                    data-testid={`two-factor-enforced-${setting.role}`}
                  />
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">{t('securitySettings:resetHint')}</Typography.Text>
        </Flex>
      </ProCard>
    </PageContainer>
  );
}
