import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { logInSecondFactor } from '../../app/session/auth';

export interface SecondFactorFormProps {
  pendingToken: string;
  /** back to the password; `reason` when the pending login ended (timed out, locked) */
  onBack: (reason?: string) => void;
}

interface CodeValues {
  code: string;
}

/** The login's second step: the authenticator's 6 digits, or a recovery code. */
export function SecondFactorForm({ pendingToken, onBack }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<CodeValues>();
  const [recovery, setRecovery] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async ({ code }: CodeValues) => {
    setSubmitting(true);
    setProblem(null);
    try {
      // On success the session store flips to authenticated and the route redirects.
      await logInSecondFactor(pendingToken, code.trim());
    } catch (error) {
      const status = error instanceof ApiRequestError ? error.status : 0;
      // locked (423), or the pending login is over (401): the password must be entered again
      if (status === 423 || status === 401) {
        onBack(errorMessage(error));
        return;
      }
      // 400: a wrong or used code, named on the field
      setProblem(
        error instanceof ApiRequestError && error.details[0] ? error.details[0].message : errorMessage(error),
      );
      form.setFieldValue('code', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical gap={token.marginSM} data-testid="second-factor">
      <Typography.Title level={2} style={{ fontSize: token.fontSizeHeading5, margin: 0 }}>
        <SafetyOutlined aria-hidden /> {t('twoFactor:login.title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {recovery ? t('twoFactor:login.recoveryHint') : t('twoFactor:login.hint')}
      </Typography.Text>
      {problem ? (
        <Alert type="error" showIcon message={problem} role="alert" data-testid="second-factor-error" />
      ) : null}
      <Form<CodeValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={submitting}
        onFinish={(values) => void onFinish(values)}
        aria-label={t('twoFactor:login.title')}
      >
        <Form.Item
          name="code"
          label={recovery ? t('twoFactor:codeOrRecovery') : t('twoFactor:code')}
          rules={
            recovery
              ? [{ required: true, whitespace: true, message: t('twoFactor:codeOrRecoveryRequired') }]
              : [{ required: true, pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t('twoFactor:codeRequired') }]
          }
        >
          <Input
            key={recovery ? 'recovery' : 'totp'}
            size="large"
            autoFocus
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            maxLength={recovery ? 20 : 7}
            data-testid="second-factor-code"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={submitting}
          data-testid="second-factor-submit"
        >
          {t('twoFactor:login.submit')}
        </Button>
      </Form>
      <Flex justify="space-between" wrap>
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => {
            setRecovery(!recovery);
            setProblem(null);
            form.resetFields();
          }}
          data-testid="second-factor-toggle"
        >
          {recovery ? t('twoFactor:login.useApp') : t('twoFactor:login.useRecovery')}
        </Button>
        <Button type="link" style={{ padding: 0 }} onClick={() => onBack()}>
          {t('twoFactor:login.back')}
        </Button>
      </Flex>
    </Flex>
  );
}
