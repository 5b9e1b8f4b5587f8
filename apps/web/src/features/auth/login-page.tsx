import { BarChartOutlined, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { type LoginLocationState } from '../../app/session/guards';
import { logIn } from '../../app/session/auth';
import { type SecondFactorChallenge } from '../../app/api/types';
import { SecondFactorForm } from './second-factor-form';
import { LanguageSwitch } from '../../app/shell/language-switch';
import { layoutSize } from '../../app/theme';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginProblem {
  message: string;
  /** 423 (locked) and 429 (throttled) are warnings about the account, not typos. */
  severity: 'error' | 'warning';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);
  const reason = (location.state as LoginLocationState | null)?.reason;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setProblem(null);
    try {
      // On success the session store flips to authenticated and the route redirects; with
      // two-factor on, the second step follows.
      setChallenge(await logIn({ username: values.username.trim(), password: values.password }));
    } catch (error) {
      const status = error instanceof ApiRequestError ? error.status : 0;
      setProblem({
        message: errorMessage(error),
        severity: status === 423 || status === 429 ? 'warning' : 'error',
      });
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: token.paddingLG,
        background: `linear-gradient(180deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)`,
      }}
    >
      <Flex style={{ position: 'absolute', top: token.paddingLG, right: token.paddingLG }}>
        <LanguageSwitch />
      </Flex>
      <Card
        style={{ width: '100%', maxWidth: layoutSize.loginCardWidth, boxShadow: token.boxShadowTertiary }}
        styles={{ body: { padding: token.paddingXL } }}
      >
        <Flex vertical align="center" gap={token.marginXS} style={{ marginBottom: token.marginLG }}>
          <img src="/favicon.svg" alt="" width={token.sizeXXL} height={token.sizeXXL} />
          <Typography.Title
            level={1}
            style={{ fontSize: token.fontSizeHeading4, margin: 0, textAlign: 'center' }}
          >
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </Flex>

        {challenge ? (
          <SecondFactorForm
            pendingToken={challenge.pendingToken}
            onBack={(reason) => {
              setChallenge(null);
              form.setFieldValue('password', '');
              setProblem(reason ? { message: reason, severity: 'warning' } : null);
            }}
          />
        ) : null}
        {challenge ? null : problem ? (
          <Alert
            type={problem.severity}
            showIcon
            message={problem.message}
            data-testid="login-error"
            role="alert"
            style={{ marginBottom: token.marginMD }}
          />
        ) : reason === 'expired' ? (
          <Alert
            type="info"
            showIcon
            message={t('login.sessionExpired')}
            data-testid="login-session-expired"
            style={{ marginBottom: token.marginMD }}
          />
        ) : null}

        <Form<LoginValues>
          // kept mounted (not unmounted) so "back" returns to the username already typed
          style={challenge ? { display: 'none' } : undefined}
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void onFinish(values)}
          aria-label={t('login.formLabel')}
          disabled={submitting}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={submitting}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Flex
        gap={token.marginXS}
        align="center"
        style={{ marginTop: token.marginLG, color: token.colorTextSecondary }}
      >
        <SafetyCertificateOutlined aria-hidden />
        <Typography.Text type="secondary">{t('login.notice')}</Typography.Text>
      </Flex>
      {/* the published wage benchmarks need no account */}
      <Link
        to="/public/benchmarks"
        data-testid="login-public-benchmarks"
        style={{ marginTop: token.marginSM }}
      >
        <BarChartOutlined aria-hidden /> {t('benchmarks:public.title')}
      </Link>
    </Flex>
  );
}
