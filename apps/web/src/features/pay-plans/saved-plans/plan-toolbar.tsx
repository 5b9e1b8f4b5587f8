import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { type CalculatorKind, PAY_PLAN_LIMITS, Role } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { showError, showFieldErrors } from '../../../app/api/api-error';
import { useCurrentRole } from '../../../app/session/session-user';
import {
  type CalculatorCall,
  exportCalculation,
  isPlanOf,
  type PayPlanDetail,
  type PayPlanOf,
  useApprovedPilots,
  usePayPlan,
  useSavePlan,
} from '../pay-plans.api';

/** The URL parameter naming the plan a calculator is revising (`/pay-tools/pay-table?plan=<id>`). */
export const PLAN_PARAM = 'plan';

/**
 * The plan a calculator page was opened with, if any: its latest version's input fills the form,
 * and saving adds a version. A plan of another calculator is ignored.
 */
export function usePlanBeingRevised<K extends CalculatorKind>(calculator: K) {
  const [params] = useSearchParams();
  const id = params.get(PLAN_PARAM);
  const query = usePayPlan(id);
  const plan: PayPlanOf<K> | null = query.data && isPlanOf(query.data, calculator) ? query.data : null;
  return { id, plan, loading: Boolean(id) && query.isLoading, error: query.error };
}

interface SaveValues {
  title: string;
  pilotApplicationId?: string;
  note?: string;
}

export interface PlanToolbarProps {
  /** the calculator and its input as the API takes it; null while the form holds a bad input */
  call: CalculatorCall | null;
  /** the title a new plan or an export starts with */
  defaultTitle: string;
  /** the plan being revised (see usePlanBeingRevised) */
  plan: PayPlanDetail | null;
}

/**
 * Export to xlsx (any role that may use the tools: the server re-runs libs/paycalc) and "save as
 * plan" (an enterprise with an approved pilot application: a new plan, or the next version of the
 * plan being revised). Shared by every calculator page.
 */
export function PlanToolbar({ call, defaultTitle, plan }: PlanToolbarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const [form] = Form.useForm<SaveValues>();
  const [exporting, setExporting] = useState(false);
  const enterprise = role === Role.Enterprise;
  const revising = plan?.editable ? plan : null;
  const pilots = useApprovedPilots(enterprise && !revising);
  const save = useSavePlan();
  const pilotOptions = (pilots.data?.items ?? []).map((pilot) => ({
    value: pilot.id,
    label: pilot.programmeTitle,
  }));
  const canSave = enterprise && (revising !== null || pilotOptions.length > 0);
  const title = plan?.title ?? defaultTitle;

  const onExport = async () => {
    if (!call) return;
    setExporting(true);
    try {
      await exportCalculation(call, title);
      message.success(t('payTools:toolbar.exported'));
    } catch (error) {
      showError(message, error);
    } finally {
      setExporting(false);
    }
  };

  const onSave = async (values: SaveValues): Promise<boolean> => {
    if (!call) return false;
    try {
      const saved = await save.mutateAsync({
        call,
        title: values.title.trim(),
        note: values.note?.trim() || undefined,
        ...(revising ? { planId: revising.id } : { pilotApplicationId: values.pilotApplicationId }),
      });
      message.success(
        <span>
          {t('payTools:toolbar.saved', { version: saved.version.version })}{' '}
          {/* the message renders outside the router: navigate from here rather than with a Link */}
          <Typography.Link onClick={() => navigate(`/pay-tools/plans/${saved.id}`)}>
            {t('payTools:toolbar.openPlan')}
          </Typography.Link>
        </span>,
      );
      // further saves from this page are versions of the plan just saved
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(PLAN_PARAM, saved.id);
        return next;
      });
      return true;
    } catch (error) {
      if (!showFieldErrors(form, error)) showError(message, error);
      return false;
    }
  };

  const saveButton = (
    <Button type="primary" icon={<SaveOutlined />} disabled={!call} data-testid="plan-save">
      {revising ? t('payTools:toolbar.saveVersion') : t('payTools:toolbar.save')}
    </Button>
  );

  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="plan-toolbar">
      {revising ? (
        <Alert
          type="info"
          showIcon
          message={t('payTools:toolbar.editing', { title: revising.title, version: revising.currentVersion })}
        />
      ) : null}
      {enterprise && !revising && pilots.isSuccess && pilotOptions.length === 0 ? (
        <Alert type="info" showIcon message={t('payTools:toolbar.noPilot')} data-testid="plan-no-pilot" />
      ) : null}
      <Space wrap>
        <Tooltip title={call ? undefined : t('payTools:toolbar.invalid')}>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            disabled={!call}
            onClick={() => void onExport()}
            data-testid="plan-export"
          >
            {t('payTools:toolbar.export')}
          </Button>
        </Tooltip>
        {canSave ? (
          <ModalForm<SaveValues>
            form={form}
            title={
              revising
                ? t('payTools:toolbar.saveVersionTitle', {
                    title: revising.title,
                    version: revising.currentVersion + 1,
                  })
                : t('payTools:toolbar.saveTitle')
            }
            trigger={saveButton}
            width={520}
            layout="vertical"
            modalProps={{ destroyOnHidden: true }}
            initialValues={{ title, pilotApplicationId: pilotOptions[0]?.value }}
            onFinish={onSave}
          >
            <ProFormText
              name="title"
              label={t('payTools:toolbar.planTitle')}
              fieldProps={{ maxLength: PAY_PLAN_LIMITS.titleMaxLength, showCount: true }}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            />
            {revising ? (
              <ProFormTextArea
                name="note"
                label={t('payTools:toolbar.note')}
                placeholder={t('payTools:toolbar.notePlaceholder')}
                fieldProps={{ maxLength: PAY_PLAN_LIMITS.noteMaxLength, showCount: true, rows: 3 }}
              />
            ) : (
              <ProFormSelect
                name="pilotApplicationId"
                label={t('payTools:toolbar.pilot')}
                options={pilotOptions}
                rules={[{ required: true, message: t('common.required') }]}
              />
            )}
          </ModalForm>
        ) : null}
      </Space>
    </Space>
  );
}
