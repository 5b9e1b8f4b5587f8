import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { App, Button, Descriptions, Flex, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { type TwoFactorStatus, useDisableTwoFactor, useRegenerateRecoveryCodes } from './two-factor.api';

export interface TwoFactorManageProps {
  status: TwoFactorStatus;
  onRecoveryCodes: (codes: string[]) => void;
  onDisabled: () => void;
}

/** Field errors of the server (code, password) go on the form; anything else is a message. */
function fieldErrors(error: unknown): Array<{ name: string; errors: string[] }> {
  return error instanceof ApiRequestError
    ? error.details.map(({ field, message }) => ({ name: field, errors: [message] }))
    : [];
}

/** Two-factor is on: new recovery codes (with a current code) or turning it off (with the password too). */
export function TwoFactorManage({ status, onRecoveryCodes, onDisabled }: TwoFactorManageProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();

  return (
    <Flex vertical gap="middle">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('twoFactor:title')}>
          <Tag color="success" data-testid="two-factor-status">
            {t('twoFactor:statusOn')}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('twoFactor:enabledAt')}>
          {status.enabledAt ? dayjs(status.enabledAt).format('YYYY-MM-DD HH:mm') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('twoFactor:recoveryCodesRemaining')}>
          {status.recoveryCodesRemaining}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        <ModalForm<{ code: string }>
          title={t('twoFactor:regenerate')}
          trigger={<Button>{t('twoFactor:regenerate')}</Button>}
          modalProps={{ destroyOnHidden: true }}
          width={480}
          onFinish={async ({ code }) => {
            try {
              onRecoveryCodes((await regenerate.mutateAsync(code.trim())).recoveryCodes);
              return true;
            } catch (error) {
              showError(message, error);
              return false;
            }
          }}
        >
          <p>{t('twoFactor:regenerateHint')}</p>
          <ProFormText
            name="code"
            label={t('twoFactor:codeOrRecovery')}
            fieldProps={{ autoComplete: 'one-time-code' }}
            rules={[{ required: true, message: t('twoFactor:codeOrRecoveryRequired') }]}
          />
        </ModalForm>
        <ModalForm<{ code: string; password: string }>
          title={t('twoFactor:disable')}
          trigger={<Button danger>{t('twoFactor:disable')}</Button>}
          modalProps={{ destroyOnHidden: true, okButtonProps: { danger: true } }}
          width={480}
          onFinish={async ({ code, password }) => {
            try {
              await disable.mutateAsync({ code: code.trim(), password });
              message.success(t('twoFactor:disabled'));
              onDisabled();
              return true;
            } catch (error) {
              const errors = fieldErrors(error);
              message.error(
                errors.length > 0 ? errors.map((e) => e.errors[0]).join('；') : errorMessage(error),
              );
              return false;
            }
          }}
        >
          <p>{t('twoFactor:disableHint')}</p>
          <ProFormText.Password
            name="password"
            label={t('twoFactor:password')}
            fieldProps={{ autoComplete: 'current-password' }}
            rules={[{ required: true, message: t('twoFactor:passwordRequired') }]}
          />
          <ProFormText
            name="code"
            label={t('twoFactor:codeOrRecovery')}
            fieldProps={{ autoComplete: 'one-time-code' }}
            rules={[{ required: true, message: t('twoFactor:codeOrRecoveryRequired') }]}
          />
        </ModalForm>
      </Space>
    </Flex>
  );
}
