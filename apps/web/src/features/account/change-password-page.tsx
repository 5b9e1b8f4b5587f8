import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Space, Typography, theme } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { checkPassword } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { logOut, reloadCurrentUser } from '../../app/session/auth';
import { useCurrentUser } from '../../app/session/session-store';
import { layoutSize } from '../../app/theme';
import { PasswordRules } from '../../ui/password-rules';
import { changePassword } from './account.api';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const forced = user.mustChangePassword;

  const mutation = useMutation({
    mutationFn: (values: ChangePasswordValues) =>
      changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: async () => {
      message.success(t('password.changed'));
      form.resetFields();
      await reloadCurrentUser();
      navigate('/', { replace: true });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) showError(message, error);
    },
  });

  return (
    <PageContainer title={t('password.title')} breadcrumbRender={false}>
      <ProCard>
        <Row gutter={[token.marginXL, token.marginLG]}>
          <Col xs={24} lg={14} style={{ maxWidth: layoutSize.formMaxWidth }}>
            {forced ? (
              <Alert
                type="warning"
                showIcon
                message={t('password.mustChange')}
                data-testid="must-change-password"
                style={{ marginBottom: token.marginLG }}
              />
            ) : null}
            <Form<ChangePasswordValues>
              form={form}
              layout="vertical"
              onFinish={(values) => mutation.mutate(values)}
              disabled={mutation.isPending}
              aria-label={t('password.title')}
            >
              {/* Lets password managers pair the new password with the right account. */}
              <input
                type="text"
                name="username"
                value={user.username}
                autoComplete="username"
                readOnly
                hidden
              />
              <Form.Item
                name="currentPassword"
                label={t('password.current')}
                rules={[{ required: true, message: t('password.currentRequired') }]}
              >
                <Input.Password autoComplete="current-password" data-testid="password-current" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label={t('password.new')}
                rules={[
                  { required: true, message: t('password.newRequired') },
                  {
                    validator: (_rule, value: string | undefined) =>
                      !value || checkPassword({ password: value, username: user.username }).length === 0
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('password.policyUnmet'))),
                  },
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="password-new" />
              </Form.Item>
              <Form.Item
                name="confirmPassword"
                label={t('password.confirm')}
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('password.confirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: string | undefined) =>
                      !value || value === getFieldValue('newPassword')
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('password.mismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="password-confirm" />
              </Form.Item>
              <Space>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={mutation.isPending}
                  data-testid="password-submit"
                >
                  {t('password.submit')}
                </Button>
                {forced ? (
                  <Button onClick={() => void logOut().finally(() => navigate('/login', { replace: true }))}>
                    {t('shell.logout')}
                  </Button>
                ) : (
                  <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
                )}
              </Space>
            </Form>
          </Col>
          <Col xs={24} lg={10}>
            <Flex vertical gap={token.marginSM}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('password.rules.title')}
              </Typography.Title>
              <PasswordRules password={newPassword} username={user.username} />
            </Flex>
          </Col>
        </Row>
      </ProCard>
    </PageContainer>
  );
}
