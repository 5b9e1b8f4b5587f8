import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Space, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session/session-store';
import { saveFile } from '../../ui/download';

export interface RecoveryCodesProps {
  codes: string[];
  onDone: () => void;
}

/** The recovery codes, shown once: download as txt, copy, then confirm they are saved. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const text = () =>
    [
      t('twoFactor:recoveryFileHeader', {
        username: user.username,
        time: dayjs().format('YYYY-MM-DD HH:mm'),
      }),
      '',
      ...codes,
      '',
    ].join('\n');

  return (
    <Flex vertical gap={token.marginMD} data-testid="recovery-codes">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('twoFactor:recoveryTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon message={t('twoFactor:recoveryHint')} />
      <List
        grid={{ gutter: token.marginSM, column: 2 }}
        dataSource={codes}
        renderItem={(code) => (
          <List.Item>
            <Typography.Text code data-testid="recovery-code">
              {code}
            </Typography.Text>
          </List.Item>
        )}
      />
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            saveFile(
              new Blob([text()], { type: 'text/plain;charset=utf-8' }),
              `skillpay-recovery-codes-${user.username}.txt`,
            )
          }
          data-testid="recovery-download"
        >
          {t('twoFactor:recoveryDownload')}
        </Button>
        <Button
          icon={<CopyOutlined />}
          onClick={() =>
            void navigator.clipboard
              .writeText(text())
              .then(() => message.success(t('twoFactor:recoveryCopied')))
          }
        >
          {t('twoFactor:recoveryCopy')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="recovery-saved">
          {t('twoFactor:recoverySaved')}
        </Button>
      </Space>
    </Flex>
  );
}
