import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Form, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { type UserListItem, useResetTwoFactor } from './users.api';

interface ResetTwoFactorValues {
  reason: string;
}

export interface ResetTwoFactorModalProps {
  user: Pick<UserListItem, 'id' | 'displayName'>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Forgets a user's authenticator (lost phone); the reason goes into the audit log. */
export function ResetTwoFactorModal({ user, open, onOpenChange }: ResetTwoFactorModalProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetTwoFactorValues>();
  const reset = useResetTwoFactor();

  return (
    <ModalForm<ResetTwoFactorValues>
      form={form}
      title={t('users:resetTwoFactorTitle', { name: user.displayName })}
      open={open}
      onOpenChange={onOpenChange}
      width={560}
      modalProps={{ destroyOnHidden: true, okButtonProps: { danger: true } }}
      layout="vertical"
      onFinish={async ({ reason }) => {
        try {
          await reset.mutateAsync({ id: user.id, reason: reason.trim() });
          message.success(t('users:twoFactorReset', { name: user.displayName }));
          return true;
        } catch (error) {
          if (!showFieldErrors(form, error)) showError(message, error);
          return false;
        }
      }}
    >
      <Alert
        type="warning"
        showIcon
        message={t('users:resetTwoFactorHint')}
        style={{ marginBottom: token.marginMD }}
      />
      <ProFormTextArea
        name="reason"
        label={t('users:reason')}
        fieldProps={{ maxLength: 200, showCount: true, rows: 3 }}
        rules={[{ required: true, whitespace: true, message: t('users:reasonRequired') }]}
      />
    </ModalForm>
  );
}
