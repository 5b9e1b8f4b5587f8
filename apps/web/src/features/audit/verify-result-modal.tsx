import { Modal, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ResponseBody } from '../../app/api/types';

export interface VerifyResultModalProps {
  result: ResponseBody<'/api/audit-logs/verify', 'get'> | undefined;
  onClose: () => void;
}

/** The outcome of checking the audit log's hash chain. */
export function VerifyResultModal({ result, onClose }: VerifyResultModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={result !== undefined}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ hidden: true }}
      title={t('audit:verify')}
    >
      {result ? (
        <div data-testid="audit-verify-result" data-ok={result.ok}>
          <Result
            status={result.ok ? 'success' : 'error'}
            title={result.ok ? t('audit:verifyOk') : t('audit:verifyBroken')}
            subTitle={
              <>
                <div>{t('audit:verifyChecked', { count: result.checked })}</div>
                {result.firstBrokenId ? (
                  <div>
                    {t('audit:verifyFirstBroken')}{' '}
                    <Typography.Text code copyable>
                      {result.firstBrokenId}
                    </Typography.Text>
                  </div>
                ) : null}
              </>
            }
          />
        </div>
      ) : null}
    </Modal>
  );
}
