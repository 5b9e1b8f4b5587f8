import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Button, Tag, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logOut, reloadCurrentUser } from '../../app/session/auth';
import { useCurrentUser } from '../../app/session/session-store';
import { layoutSize } from '../../app/theme';
import { PageLoading } from '../../ui/page-loading';
import { RecoveryCodes } from './recovery-codes';
import { useTwoFactorStatus } from './two-factor.api';
import { TwoFactorEnrolment } from './two-factor-enrolment';
import { TwoFactorManage } from './two-factor-manage';

/**
 * 两步验证: set up an authenticator, keep the recovery codes, or turn it off. Where the role requires
 * it and the user has not enrolled, the router keeps them here (the API refuses everything else).
 */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const status = useTwoFactorStatus();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const forced = user.mustEnrolTwoFactor;

  const finish = async () => {
    setRecoveryCodes(null);
    await reloadCurrentUser();
    if (forced) navigate('/', { replace: true });
  };

  const body = () => {
    if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={() => void finish()} />;
    if (!status.data) return <PageLoading />;
    if (status.data.enabled) {
      return (
        <TwoFactorManage
          status={status.data}
          onRecoveryCodes={setRecoveryCodes}
          onDisabled={() => void reloadCurrentUser()}
        />
      );
    }
    return <TwoFactorEnrolment onEnrolled={setRecoveryCodes} />;
  };

  return (
    <PageContainer
      title={t('twoFactor:title')}
      breadcrumbRender={false}
      tags={
        status.data && !recoveryCodes ? (
          <Tag color={status.data.enabled ? 'success' : 'default'}>
            {status.data.enabled ? t('twoFactor:statusOn') : t('twoFactor:statusOff')}
          </Tag>
        ) : undefined
      }
      extra={
        forced ? (
          <Button onClick={() => void logOut().finally(() => navigate('/login', { replace: true }))}>
            {t('shell.logout')}
          </Button>
        ) : undefined
      }
    >
      <ProCard style={{ maxWidth: layoutSize.formMaxWidth }}>
        {forced && !recoveryCodes ? (
          <Alert
            type="warning"
            showIcon
            message={t('twoFactor:required')}
            data-testid="must-enrol-two-factor"
            style={{ marginBottom: token.marginLG }}
          />
        ) : null}
        {body()}
      </ProCard>
    </PageContainer>
  );
}
