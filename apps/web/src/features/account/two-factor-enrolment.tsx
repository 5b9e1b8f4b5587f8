import { App, Button, Col, Flex, Form, Input, QRCode, Row, Steps, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useConfirmEnrolment, useStartEnrolment } from './two-factor.api';

export interface TwoFactorEnrolmentProps {
  onEnrolled: (recoveryCodes: string[]) => void;
}

interface ConfirmValues {
  code: string;
}

/**
 * Setting up an authenticator: the QR code is drawn in the browser by antd's QRCode (no request
 * leaves the portal), with the key beside it for typing by hand; the first code confirms.
 */
export function TwoFactorEnrolment({ onEnrolled }: TwoFactorEnrolmentProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfirmValues>();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const enrolment = start.data;

  if (!enrolment) {
    return (
      <Flex vertical gap={token.marginMD} align="flex-start">
        <Typography.Paragraph style={{ margin: 0 }}>{t('twoFactor:intro')}</Typography.Paragraph>
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onError: (error) => showError(message, error) })}
          data-testid="two-factor-start"
        >
          {t('twoFactor:start')}
        </Button>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={token.marginLG}>
      <Steps
        direction="vertical"
        size="small"
        current={-1}
        items={[
          { title: t('twoFactor:step1') },
          { title: t('twoFactor:step2') },
          { title: t('twoFactor:step3') },
        ]}
      />
      <Row gutter={[token.marginXL, token.marginLG]} align="middle">
        <Col flex="none">
          <QRCode
            value={enrolment.otpauthUri}
            type="svg"
            aria-label={t('twoFactor:qrLabel')}
            data-testid="two-factor-qr"
          />
        </Col>
        <Col flex="auto">
          <Typography.Text type="secondary">{t('twoFactor:secret')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: enrolment.secret }} style={{ marginBottom: 0 }}>
            <Typography.Text code data-testid="two-factor-secret">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Typography.Text>
          </Typography.Paragraph>
        </Col>
      </Row>
      <Form<ConfirmValues>
        form={form}
        layout="inline"
        disabled={confirm.isPending}
        onFinish={({ code }) =>
          confirm.mutate(code.replace(/\s/g, ''), {
            onSuccess: ({ recoveryCodes }) => onEnrolled(recoveryCodes),
            onError: (error) => {
              if (!showFieldErrors(form, error)) showError(message, error);
            },
          })
        }
      >
        <Form.Item
          name="code"
          label={t('twoFactor:code')}
          rules={[{ required: true, pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t('twoFactor:codeRequired') }]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            style={{ width: token.controlHeight * 4 }}
            data-testid="two-factor-code"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="two-factor-confirm">
          {t('twoFactor:confirm')}
        </Button>
      </Form>
    </Flex>
  );
}
