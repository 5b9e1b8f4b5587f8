import { App, Button, type ButtonProps, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CASE_WORKFLOW,
  CaseAction,
  CaseStatus,
  GUIDELINE_CHAPTERS,
  type GuidelineChapter,
} from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { type CaseRouteAction, isRouteAction, useCaseTransition } from './cases.api';

const STATUS_COLOURS: Record<CaseStatus, string> = {
  [CaseStatus.Draft]: 'default',
  [CaseStatus.Submitted]: 'processing',
  [CaseStatus.Endorsed]: 'cyan',
  [CaseStatus.Returned]: 'warning',
  [CaseStatus.UnderReview]: 'purple',
  [CaseStatus.Selected]: 'success',
  [CaseStatus.RevisionRequested]: 'warning',
  [CaseStatus.NotSelected]: 'default',
  [CaseStatus.Published]: 'green',
};

/** Labels of the case workflow and the guideline chapters in the UI language. */
export function useCaseLabels() {
  const language = useLanguage();
  return {
    language,
    status: (status: string) => CASE_STATUS_LABELS[status as CaseStatus]?.[language] ?? status,
    action: (action: string) => CASE_ACTION_LABELS[action as CaseAction]?.[language] ?? action,
    chapter: (chapter: string) => GUIDELINE_CHAPTERS[chapter as GuidelineChapter]?.label[language] ?? chapter,
  };
}

export function CaseStatusTag({ status }: { status: string }) {
  const labels = useCaseLabels();
  return (
    <Tag color={STATUS_COLOURS[status as CaseStatus] ?? 'default'} data-testid="case-status">
      {labels.status(status)}
    </Tag>
  );
}

export function ChapterTags({ chapters }: { chapters: readonly string[] }) {
  const labels = useCaseLabels();
  return (
    <Space size={[0, 4]} wrap>
      {chapters.map((chapter) => (
        <Tag key={chapter}>{labels.chapter(chapter)}</Tag>
      ))}
    </Space>
  );
}

export interface CaseTransitionButtonsProps {
  caseStudy: { id: string; title: string };
  actions: readonly string[];
  size?: 'small' | 'middle';
  onDone?: () => void;
}

/**
 * The steps the caller may take now on the case's own routes: submitting asks to confirm (the
 * version freezes), endorsing and returning open a dialog for the opinion that goes on record.
 */
export function CaseTransitionButtons({
  caseStudy,
  actions,
  size = 'middle',
  onDone,
}: CaseTransitionButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCaseLabels();
  const transition = useCaseTransition();
  const [asking, setAsking] = useState<CaseRouteAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (action: CaseRouteAction, reason?: string) => {
    try {
      await transition.mutateAsync({ id: caseStudy.id, action, reason });
      message.success(t('cases:done', { action: labels.action(action) }));
      setAsking(null);
      form.resetFields();
      onDone?.();
    } catch (error) {
      showFieldErrors(form, error);
      showError(message, error);
    }
  };

  const reasonRequired = asking ? CASE_WORKFLOW.actions[asking as CaseAction].reasonRequired : false;
  return (
    <>
      <Space size="small" wrap>
        {actions.filter(isRouteAction).map((action) => {
          const button = (
            <Button
              key={action}
              size={size}
              type={action === CaseAction.Return ? 'default' : 'primary'}
              loading={transition.isPending && transition.variables?.action === action}
              data-testid={`case-${action}`}
              onClick={action === CaseAction.Submit ? undefined : () => setAsking(action)}
            >
              {labels.action(action)}
            </Button>
          );
          return action === CaseAction.Submit ? (
            <Popconfirm
              key={action}
              title={t('cases:submitConfirm')}
              okText={labels.action(action)}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'case-submit-confirm' } as ButtonProps}
              onConfirm={() => run(action)}
            >
              {button}
            </Popconfirm>
          ) : (
            button
          );
        })}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? t('cases:actionOn', { action: labels.action(asking), title: caseStudy.title }) : ''}
        okText={asking ? labels.action(asking) : t('cases:confirm')}
        okButtonProps={{ 'data-testid': 'case-confirm' } as ButtonProps}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => asking && run(asking, values.reason)}>
          <Form.Item
            name="reason"
            label={
              asking
                ? reasonRequired
                  ? t(`cases:opinion.${asking}`)
                  : t('cases:optional', { label: t(`cases:opinion.${asking}`) })
                : ''
            }
            rules={
              reasonRequired && asking
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t('cases:opinionRequired', { label: t(`cases:opinion.${asking}`) }),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea
              rows={4}
              maxLength={1000}
              showCount
              placeholder={asking ? t(`cases:opinionPlaceholder.${asking}`) : undefined}
              data-testid="case-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
