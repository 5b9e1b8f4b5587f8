import {
  BarChartOutlined,
  BookOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { type LoginLocationState } from '../../app/session/guards';
import { logIn } from '../../app/session/auth';
import { type SecondFactorChallenge } from '../../app/api/types';
import { LanguageSwitch } from '../../app/shell/language-switch';
import { layoutSize } from '../../app/theme';
import { loadTexts } from '../../app/i18n/i18n';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginProblem {
  message: string;
  /** 423 (locked) and 429 (throttled) are warnings about the account, not typos. */
  severity: 'error' | 'warning';
}

/*
 * The second step (and its texts) is fetched when a password is accepted for an account with
 * two-factor authentication; most logins never need it.
 */
const loadSecondFactorForm = () => import('./second-factor-form');
const SecondFactorForm = lazy(async () => ({ default: (await loadSecondFactorForm()).SecondFactorForm }));

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
      const next = await logIn({ username: values.username.trim(), password: values.password });
      if (next) await Promise.all([loadSecondFactorForm(), loadTexts(['twoFactor'])]);
      setChallenge(next);
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
      {/* a card drawn with the theme's tokens: antd's Card would bring its tabs (and their
          dropdown menu) into the first download */}
      <section
        style={{
          width: '100%',
          maxWidth: layoutSize.loginCardWidth,
          padding: token.paddingXL,
          background: token.colorBgContainer,
          border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
        }}
      >
        <Flex vertical align="center" gap={token.marginXS} style={{ marginBottom: token.marginLG }}>
          <img src="/favicon.svg" alt="" width={token.sizeXXL} height={token.sizeXXL} />
          <h1
            style={{
              fontSize: token.fontSizeHeading4,
              lineHeight: token.lineHeightHeading4,
              fontWeight: token.fontWeightStrong,
              color: token.colorTextHeading,
              margin: 0,
              textAlign: 'center',
            }}
          >
            {t('app.title')}
          </h1>
          <span style={{ color: token.colorTextSecondary }}>{t('login.subtitle')}</span>
        </Flex>

        {challenge ? (
          <Suspense fallback={null}>
            <SecondFactorForm
              pendingToken={challenge.pendingToken}
              onBack={(reason) => {
                setChallenge(null);
                form.setFieldValue('password', '');
                setProblem(reason ? { message: reason, severity: 'warning' } : null);
              }}
            />
          </Suspense>
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
      </section>
      <Flex
        gap={token.marginXS}
        align="center"
        style={{ marginTop: token.marginLG, color: token.colorTextSecondary }}
      >
        <SafetyCertificateOutlined aria-hidden />
        <span>{t('login.notice')}</span>
      </Flex>
      {/* the published wage benchmarks need no account */}
      <Link
        to="/public/benchmarks"
        data-testid="login-public-benchmarks"
        style={{ marginTop: token.marginSM }}
      >
        <BarChartOutlined aria-hidden /> {t('login.publicBenchmarks')}
      </Link>
      {/* so are the published case collections */}
      <Link
        to="/public/case-collections"
        data-testid="login-public-cases"
        style={{ marginTop: token.marginXS }}
      >
        <BookOutlined aria-hidden /> {t('login.publicCases')}
      </Link>
    </Flex>
  );
}
