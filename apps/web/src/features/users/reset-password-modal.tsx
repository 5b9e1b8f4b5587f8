import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Alert, App, Button, Form, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkPassword } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { PasswordRules } from '../../ui/password-rules';
import { generatePassword } from './generate-password';
import { type UserListItem, useResetPassword } from './users.api';

interface ResetPasswordValues {
  newPassword: string;
}

export interface ResetPasswordModalProps {
  user: Pick<UserListItem, 'id' | 'username' | 'displayName'>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Sets a temporary password; the user has to replace it at the next login. */
export function ResetPasswordModal({ user, open, onOpenChange }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetPasswordValues>();
  const reset = useResetPassword();
  const password = Form.useWatch('newPassword', form) ?? '';

  return (
    <ModalForm<ResetPasswordValues>
      form={form}
      title={t('users:resetPasswordTitle', { name: user.displayName })}
      open={open}
      onOpenChange={onOpenChange}
      width={560}
      modalProps={{ destroyOnHidden: true }}
      layout="vertical"
      onFinish={async ({ newPassword }) => {
        try {
          await reset.mutateAsync({ id: user.id, newPassword });
          message.success(t('users:passwordReset', { name: user.displayName }));
          return true;
        } catch (error) {
          if (!showFieldErrors(form, error)) showError(message, error);
          return false;
        }
      }}
    >
      <Alert
        type="info"
        showIcon
        message={t('users:resetPasswordHint')}
        style={{ marginBottom: token.marginMD }}
      />
      <ProFormText
        name="newPassword"
        label={t('users:temporaryPassword')}
        fieldProps={{
          autoComplete: 'new-password',
          addonAfter: (
            <Button
              type="link"
              size="small"
              onClick={() => form.setFields([{ name: 'newPassword', value: generatePassword(), errors: [] }])}
            >
              {t('users:generatePassword')}
            </Button>
          ),
        }}
        rules={[
          { required: true, message: t('password.newRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || checkPassword({ password: value, username: user.username }).length === 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.policyUnmet'))),
          },
        ]}
      />
      <PasswordRules password={password} username={user.username} />
    </ModalForm>
  );
}
