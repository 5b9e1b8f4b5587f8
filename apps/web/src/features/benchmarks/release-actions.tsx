import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../app/api/api-error';
import { type Release, type ReleaseAction, useReleaseTransition } from './benchmarks.api';
import { useBenchmarkLabels } from './benchmark-labels';

/** How much of a release disclosure control withholds, in words; null when it needs no warning. */
export function useDisclosureWarning(release: Release | undefined): string | null {
  const { t } = useTranslation();
  if (!release) return null;
  const { cells, suppressed } = release.statistics;
  switch (release.disclosureWarning) {
    case 'nothing-publishable':
      return t('benchmarks:releases.nothingPublishable', { cells });
    case 'mostly-withheld':
      return t('benchmarks:releases.mostlyWithheld', {
        cells,
        withheld: suppressed,
        percent: Math.round((suppressed / cells) * 100),
      });
    default:
      return null;
  }
}

export interface ReleaseActionsProps {
  id: string;
  actions: readonly ReleaseAction[];
  /** the disclosure warning, repeated where the reviewer and the publisher decide */
  warning: string | null;
}

/** Review (with a comment), publish (confirmed: it is final) and discard (with a reason). */
export function ReleaseActions({ id, actions, warning }: ReleaseActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useBenchmarkLabels();
  const transition = useReleaseTransition(id);
  const [asking, setAsking] = useState<'review' | 'discard' | null>(null);
  const [form] = Form.useForm<{ text?: string }>();

  const run = async (action: ReleaseAction, text?: string) => {
    try {
      await transition.mutateAsync({ action, text });
      message.success(t('benchmarks:releases.done', { action: labels.action(action) }));
      setAsking(null);
      form.resetFields();
    } catch (error) {
      showError(message, error);
    }
  };

  return (
    <>
      <Space wrap>
        {actions.includes('review') ? (
          <Button type="primary" data-testid="release-review" onClick={() => setAsking('review')}>
            {t('benchmarks:releases.review')}
          </Button>
        ) : null}
        {actions.includes('publish') ? (
          <Popconfirm
            title={t('benchmarks:releases.publishConfirm')}
            description={
              warning ? (
                <Typography.Text type="warning" style={{ display: 'block', maxWidth: 360 }}>
                  {warning}
                </Typography.Text>
              ) : undefined
            }
            onConfirm={() => run('publish')}
          >
            <Button type="primary" data-testid="release-publish" loading={transition.isPending}>
              {t('benchmarks:releases.publish')}
            </Button>
          </Popconfirm>
        ) : null}
        {actions.includes('discard') ? (
          <Button danger data-testid="release-discard" onClick={() => setAsking('discard')}>
            {t('benchmarks:releases.discard')}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? labels.action(asking) : ''}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: transition.isPending, danger: asking === 'discard' }}
        destroyOnHidden
      >
        {asking === 'review' && warning ? (
          <Alert type="warning" showIcon message={warning} style={{ marginBottom: 16 }} />
        ) : null}
        <Form form={form} layout="vertical" onFinish={(values) => asking && void run(asking, values.text)}>
          <Form.Item
            name="text"
            label={
              asking === 'review'
                ? t('benchmarks:releases.reviewComment')
                : t('benchmarks:releases.discardReason')
            }
            rules={[{ max: 2000 }]}
          >
            <Input.TextArea
              rows={3}
              data-testid="release-action-text"
              placeholder={
                asking === 'review'
                  ? t('benchmarks:releases.reviewComment_placeholder')
                  : t('benchmarks:releases.discardReason_placeholder')
              }
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
