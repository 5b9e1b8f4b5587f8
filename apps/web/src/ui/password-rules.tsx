import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  characterClassCount,
  checkPassword,
} from '@skillpay/domain';

export interface PasswordRulesProps {
  password: string;
  /** Whose password it is: it must not contain the username. */
  username?: string;
}

/**
 * The password policy of @skillpay/domain as a live checklist. Whether the password is on the
 * common-password list only the server knows; that rule is listed without a tick.
 */
export function PasswordRules({ password, username }: PasswordRulesProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const violations = checkPassword({ password, username });
  const rules = [
    {
      key: 'length',
      met: !violations.includes('too_short') && !violations.includes('too_long'),
      text: t('password.rules.length', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
    },
    {
      key: 'classes',
      met: !violations.includes('too_few_classes'),
      text: t('password.rules.classes', {
        min: PASSWORD_MIN_CLASSES,
        count: characterClassCount(password),
      }),
    },
    ...(username
      ? [
          {
            key: 'username',
            met: password.length > 0 && !violations.includes('contains_username'),
            text: t('password.rules.username'),
          },
        ]
      : []),
  ];
  return (
    <Flex
      vertical
      gap={token.marginXXS}
      role="list"
      aria-label={t('password.rules.title')}
      data-testid="password-rules"
    >
      {rules.map((rule) => (
        <Flex key={rule.key} gap={token.marginXS} align="center" role="listitem" data-met={rule.met}>
          {rule.met ? (
            <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
          ) : (
            <CloseCircleOutlined style={{ color: token.colorTextQuaternary }} aria-hidden />
          )}
          <Typography.Text type={rule.met ? 'success' : 'secondary'}>
            {rule.text}
            <span className="sr-only">{rule.met ? t('password.rules.met') : t('password.rules.unmet')}</span>
          </Typography.Text>
        </Flex>
      ))}
      <Flex gap={token.marginXS} align="center" role="listitem">
        <InfoCircleOutlined style={{ color: token.colorTextQuaternary }} aria-hidden />
        <Typography.Text type="secondary">{t('password.rules.common')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
