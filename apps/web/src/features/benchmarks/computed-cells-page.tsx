import { CalculatorOutlined, FileAddOutlined, SettingOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Badge,
  Button,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
} from 'antd';
import { can } from '@skillpay/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { useProgrammes } from '../programmes';
import {
  type AggregationStatus,
  type ComputedCell,
  type ComputedCellQuery,
  listComputedCells,
  useAggregationStatus,
  useCreateRelease,
  useRecompute,
  useUpdateRules,
  benchmarkKeys,
} from './benchmarks.api';
import { cellKey, useCellColumns } from './cell-columns';
import { QueryTable } from '../../ui/query-table';
import { useQueryClient } from '@tanstack/react-query';

interface CellSearch {
  occupation?: string;
  skillLevel?: string;
  regionCode?: string;
}

/** 工资价位 (bureaus): the computed cells of a programme and year, the aggregation's state, the rules. */
export function ComputedCellsPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const programmes = useProgrammes({ status: 'active' });
  const [params, setParams] = useSearchParams();
  const programmeId = params.get('programmeId') ?? programmes.data?.items[0]?.id;
  const year = Number(params.get('year') ?? dayjs().year());
  const status = useAggregationStatus(programmeId, year);

  const choose = (key: 'programmeId' | 'year', value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns = useCellColumns<ComputedCell>({
    regionExtra: (cell) => (cell.cityRollUp ? <Tag>{t('benchmarks:cityTotal')}</Tag> : null),
  });

  return (
    <PageContainer
      title={t('menu.benchmarks')}
      breadcrumbRender={false}
      content={
        <Space wrap>
          <Select
            style={{ minWidth: 320 }}
            placeholder={t('benchmarks:programme')}
            loading={programmes.isLoading}
            value={programmeId}
            options={(programmes.data?.items ?? []).map((programme) => ({
              value: programme.id,
              label: programme.title,
            }))}
            onChange={(value: string) => choose('programmeId', value)}
            data-testid="benchmarks-programme"
          />
          <InputNumber
            addonBefore={t('benchmarks:year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => choose('year', value)}
            data-testid="benchmarks-year"
          />
        </Space>
      }
    >
      {!programmeId ? (
        <Empty description={t('benchmarks:noProgramme')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {status.isError ? <Alert type="error" showIcon message={errorMessage(status.error)} /> : null}
          {status.data ? (
            <StatusCard
              status={status.data}
              canChange={can(role, 'benchmarks', 'update')}
              canRelease={can(role, 'benchmarkReleases', 'create')}
              onChanged={() => {
                void status.refetch();
                void queryClient.invalidateQueries({ queryKey: benchmarkKeys.computed });
              }}
            />
          ) : null}
          <QueryTable<ComputedCell, CellSearch>
            queryKey={benchmarkKeys.computed}
            key={`${programmeId}-${year}`}
            rowKey={cellKey}
            columns={columns}
            headerTitle={t('benchmarks:computed.tableTitle')}
            search={{ labelWidth: 'auto', defaultCollapsed: false }}
            pagination={{ defaultPageSize: 50, showSizeChanger: true }}
            scroll={{ x: 'max-content' }}
            size="small"
            request={async ({ current, pageSize, occupation, skillLevel, regionCode }) => {
              const page = await listComputedCells({
                programmeId,
                year,
                page: current ?? 1,
                pageSize: pageSize ?? 50,
                occupation: occupation?.trim() ? occupation.trim() : undefined,
                skillLevel: skillLevel as ComputedCellQuery['skillLevel'],
                regionCode: regionCode?.trim() ? regionCode.trim() : undefined,
              });
              return { data: page.items, total: page.total, success: true };
            }}
            onRequestError={(error) => showError(message, error)}
          />
        </Space>
      )}
    </PageContainer>
  );
}

interface StatusCardProps {
  status: AggregationStatus;
  canChange: boolean;
  canRelease: boolean;
  onChanged: () => void;
}

/** Where the aggregation stands, with the city's actions: rules, full recompute, a release draft. */
function StatusCard({ status, canChange, canRelease, onChanged }: StatusCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const recompute = useRecompute();
  const updateRules = useUpdateRules();
  const createRelease = useCreateRelease();
  const [editing, setEditing] = useState<'rules' | 'release' | null>(null);
  const [rulesForm] = Form.useForm<{ minEnterprises: number; maxEnterpriseSharePercent: number }>();
  const [releaseForm] = Form.useForm<{ description?: string }>();
  const applied = status.appliedRules ?? status.rules;

  const saveRules = async (values: { minEnterprises: number; maxEnterpriseSharePercent: number }) => {
    try {
      await updateRules.mutateAsync({
        programmeId: status.programmeId,
        programmeVersion: status.programmeVersion,
        ...values,
      });
      message.success(t('benchmarks:computed.rulesSaved'));
      setEditing(null);
      onChanged();
    } catch (error) {
      if (!showFieldErrors(rulesForm, error)) showError(message, error);
    }
  };
  const draft = async (values: { description?: string }) => {
    try {
      const release = await createRelease.mutateAsync({
        programmeId: status.programmeId,
        year: status.year,
        description: values.description?.trim() ? values.description.trim() : undefined,
      });
      message.success(t('benchmarks:computed.releaseCreated'));
      navigate(`/benchmark-releases/${release.id}`);
    } catch (error) {
      setEditing(null);
      showError(message, error);
    }
  };

  return (
    <ProCard
      bordered
      title={t('benchmarks:computed.status')}
      extra={
        <Space wrap>
          {canChange ? (
            <>
              <Button
                icon={<SettingOutlined />}
                onClick={() => {
                  rulesForm.setFieldsValue(status.rules);
                  setEditing('rules');
                }}
              >
                {t('benchmarks:computed.editRules')}
              </Button>
              <Popconfirm
                title={t('benchmarks:computed.recomputeConfirm')}
                onConfirm={() =>
                  recompute.mutateAsync({ programmeId: status.programmeId, year: status.year }).then(
                    () => {
                      message.success(t('benchmarks:computed.recomputeQueued'));
                      onChanged();
                    },
                    (error: unknown) => showError(message, error),
                  )
                }
              >
                <Button icon={<CalculatorOutlined />} loading={recompute.isPending}>
                  {t('benchmarks:computed.recompute')}
                </Button>
              </Popconfirm>
            </>
          ) : null}
          {canRelease ? (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              disabled={!status.upToDate || status.cells === 0}
              onClick={() => setEditing('release')}
              data-testid="benchmarks-create-release"
            >
              {t('benchmarks:computed.createRelease')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
        <Descriptions.Item label={t('benchmarks:computed.status')}>
          {status.upToDate ? (
            <Badge status="success" text={t('benchmarks:computed.upToDate')} />
          ) : (
            <Badge status="processing" text={t('benchmarks:computed.pending')} />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('benchmarks:computed.computedAt')}>
          {status.computedAt ? dayjs(status.computedAt).format('YYYY-MM-DD HH:mm:ss') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('benchmarks:computed.pendingUploads')}>
          {t('benchmarks:computed.pendingUploadsValue', { count: status.pendingUploads })}
        </Descriptions.Item>
        <Descriptions.Item label={t('benchmarks:computed.job')}>
          {t(`benchmarks:computed.jobStates.${status.job}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('benchmarks:computed.cells')}>
          {status.cells}（{t('benchmarks:computed.suppressedCells')} {status.suppressedCells}）
        </Descriptions.Item>
        <Descriptions.Item label={t('benchmarks:computed.rules')}>
          {t('benchmarks:computed.rulesValue', {
            min: applied.minEnterprises,
            max: applied.maxEnterpriseSharePercent,
          })}
        </Descriptions.Item>
      </Descriptions>
      {status.fullRecomputePending ? (
        <Alert type="info" showIcon message={t('benchmarks:computed.fullPending')} />
      ) : null}
      <Modal
        open={editing === 'rules'}
        title={t('benchmarks:computed.editRules')}
        onCancel={() => setEditing(null)}
        onOk={() => rulesForm.submit()}
        okButtonProps={{ loading: updateRules.isPending }}
        destroyOnHidden
      >
        <Form form={rulesForm} layout="vertical" onFinish={(values) => void saveRules(values)}>
          <Form.Item
            name="minEnterprises"
            label={t('benchmarks:computed.minEnterprises')}
            rules={[{ required: true }]}
          >
            <InputNumber min={3} max={50} precision={0} />
          </Form.Item>
          <Form.Item
            name="maxEnterpriseSharePercent"
            label={t('benchmarks:computed.maxShare')}
            rules={[{ required: true }]}
          >
            <InputNumber min={10} max={90} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={editing === 'release'}
        title={t('benchmarks:computed.createReleaseTitle', { year: status.year })}
        onCancel={() => setEditing(null)}
        onOk={() => releaseForm.submit()}
        okButtonProps={{ loading: createRelease.isPending }}
        destroyOnHidden
      >
        <Form form={releaseForm} layout="vertical" onFinish={(values) => void draft(values)}>
          <Form.Item name="description" label={t('benchmarks:computed.description')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </ProCard>
  );
}
