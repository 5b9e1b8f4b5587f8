import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
  Typography,
} from 'antd';
import {
  can,
  chinaToday,
  formatChinaTime,
  GENDER_LABELS,
  PAY_TREATMENT_LABELS,
  publicTalentName,
  SKILL_LEVEL_LABELS,
  TALENT_AGE_BANDS,
  TALENT_LIST_STATUS_LABELS,
  TALENT_ROLE_LABELS,
  TalentListAction,
  TalentListStatus,
} from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { showError } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type Audience,
  type DepartmentEntry,
  downloadTalentList,
  type TalentList,
  type TalentListItem,
  useCreateTalentList,
  useTalentList,
  useTalentListEntries,
  useTalentLists,
  useTalentListStep,
} from './talent-lists.api';

const PAGE_SIZE = 20;

const STATUS_COLOURS: Record<string, string> = {
  [TalentListStatus.Draft]: 'processing',
  [TalentListStatus.Reviewed]: 'warning',
  [TalentListStatus.Published]: 'success',
  [TalentListStatus.Discarded]: 'default',
};

function day(value: string | null | undefined): string {
  return value ? formatChinaTime(value).slice(0, 10) : '—';
}

export function TalentListStatusTag({ status }: { status: string }) {
  const language = useLanguage();
  return <Tag color={STATUS_COLOURS[status]}>{labelOf(TALENT_LIST_STATUS_LABELS, status, language)}</Tag>;
}

/** 人才名录: the city's editions (drafts first); the districts read the published ones. */
export function TalentListListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const navigate = useNavigate();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useTalentLists(page, PAGE_SIZE);
  const create = useCreateTalentList();
  const [creating, setCreating] = useState(false);
  const [year, setYear] = useState(Number(chinaToday().slice(0, 4)));

  const columns: TableColumnsType<TalentListItem> = [
    {
      key: 'title',
      title: t('talentLists:edition'),
      render: (_, record) => (
        <Link to={`/talent-lists/${record.id}`}>{language === 'en' ? record.titleEn : record.title}</Link>
      ),
    },
    {
      key: 'status',
      title: t('talentLists:status'),
      width: 100,
      render: (_, record) => <TalentListStatusTag status={record.status} />,
    },
    {
      key: 'talents',
      title: t('talentLists:talents'),
      width: 90,
      align: 'right',
      render: (_, record) => <span className="figure">{record.talentCount}</span>,
    },
    {
      key: 'snapshotAt',
      title: t('talentLists:snapshotAt'),
      width: 130,
      render: (_, r) => day(r.snapshotAt),
    },
    {
      key: 'publishedAt',
      title: t('talentLists:publishedAt'),
      width: 130,
      render: (_, r) => day(r.publishedAt),
    },
  ];

  return (
    <PageContainer
      title={t('talentLists:title')}
      breadcrumbRender={false}
      extra={
        can(role, 'talentLists', 'create')
          ? [
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('talentLists:newEdition')}
              </Button>,
            ]
          : []
      }
    >
      <Card>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TalentListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('talentLists:noEditions') }}
            data-testid="talent-list-editions"
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (next) => setParams(next > 1 ? { page: String(next) } : {}, { replace: true }),
            }}
          />
        )}
      </Card>
      <Modal
        open={creating}
        title={t('talentLists:newEdition')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onCancel={() => setCreating(false)}
        onOk={async () => {
          try {
            const created = await create.mutateAsync(year);
            setCreating(false);
            navigate(`/talent-lists/${created.id}`);
          } catch (error) {
            showError(message, error);
          }
        }}
        destroyOnHidden
      >
        <p>{t('talentLists:newEditionHint')}</p>
        <Form layout="vertical">
          <Form.Item label={t('talentLists:year')}>
            <InputNumber
              min={2018}
              max={2100}
              value={year}
              onChange={(value) => setYear(Number(value) || year)}
              data-testid="talent-list-year"
            />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}

function honoursText(
  entry: { honours: { nameZh: string; nameEn: string | null; year: number }[] },
  t: (key: 'talentLists:honourYear', values: { name: string; year: number }) => string,
  language: string,
): string {
  return entry.honours
    .map((honour) =>
      t('talentLists:honourYear', {
        name: language === 'en' ? (honour.nameEn ?? honour.nameZh) : honour.nameZh,
        year: honour.year,
      }),
    )
    .join('；');
}

/** One edition: what it lists (the preview before publishing), its steps and downloads. */
export function TalentListDetailPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = useLanguage();
  const { id = '' } = useParams();
  const detail = useTalentList(id);
  const step = useTalentListStep(id);
  const [audience, setAudience] = useState<Audience>('departments');
  const [query, setQuery] = useState<{ q?: string; occupationCode?: string; honourId?: string }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = useTalentListEntries(id, { ...query, ...paging });
  const edition = detail.data;

  if (detail.isError)
    return <QueryFailureResult error={detail.error} onRetry={() => void detail.refetch()} />;

  const run = (action: TalentListAction, confirm: string) =>
    modal.confirm({
      title: confirm,
      okText: t(`talentLists:${action}`),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await step.mutateAsync(action);
          message.success(t('talentLists:done'));
        } catch (error) {
          showError(message, error);
        }
      },
    });

  const level = (key: string) => labelOf(SKILL_LEVEL_LABELS, key, language);
  const publicColumns: TableColumnsType<DepartmentEntry> = [
    {
      key: 'position',
      title: t('talentLists:columns.position'),
      dataIndex: 'position',
      width: 64,
      align: 'right',
    },
    {
      key: 'name',
      title: t('talentLists:columns.name'),
      width: 100,
      render: (_, entry) =>
        audience === 'public' ? publicTalentName(entry.name, entry.publicConsent, language) : entry.name,
    },
    {
      key: 'enterprise',
      title: t('talentLists:columns.enterprise'),
      dataIndex: 'enterpriseName',
      width: 240,
    },
    {
      key: 'occupation',
      title: t('talentLists:columns.occupation'),
      width: 130,
      render: (_, entry) =>
        language === 'en' ? (entry.occupationNameEn ?? entry.occupationName) : entry.occupationName,
    },
    {
      key: 'level',
      title: t('talentLists:columns.skillLevel'),
      width: 110,
      render: (_, e) => level(e.skillLevel),
    },
    {
      key: 'honours',
      title: t('talentLists:columns.honours'),
      render: (_, e) => honoursText(e, t, language),
    },
  ];
  // the departments' roster fits a 1366 px laptop: gender and age band under the name, widths to the content
  const departmentColumns: TableColumnsType<DepartmentEntry> = [
    { ...publicColumns[0], width: 48 },
    {
      key: 'name',
      title: t('talentLists:columns.name'),
      width: 100,
      render: (_, e) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'nowrap' }}>{e.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {labelOf(GENDER_LABELS, e.gender, language)} ·{' '}
            {TALENT_AGE_BANDS.find((band) => band.key === e.ageBand)?.label[language] ?? e.ageBand}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      // the district under the enterprise: one column fewer on a laptop
      key: 'enterprise',
      title: t('talentLists:columns.enterprise'),
      width: 170,
      ellipsis: true,
      render: (_, e) => (
        <Flex vertical>
          <span>{e.enterpriseName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.regionName}
          </Typography.Text>
        </Flex>
      ),
    },
    { ...publicColumns[3], width: 100 },
    { ...publicColumns[4], width: 108 },
    { ...publicColumns[5], width: 160 },
    {
      key: 'roles',
      title: t('talentLists:columns.roles'),
      width: 100,
      render: (_, e) => e.roles.map((role) => labelOf(TALENT_ROLE_LABELS, role, language)).join('；') || '—',
    },
    {
      key: 'payTreatments',
      title: t('talentLists:columns.payTreatments'),
      // two treatments (年薪制；股权激励) on one line; more wrap
      width: 132,
      render: (_, e) =>
        e.payTreatments
          .map((treatment) => PAY_TREATMENT_LABELS[treatment]?.[language] ?? treatment)
          .join('；') || '—',
    },
    {
      key: 'lastConfirmedAt',
      title: t('talentLists:columns.lastConfirmedAt'),
      width: 96,
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{day(e.lastConfirmedAt)}</span>,
    },
  ];

  return (
    <PageContainer
      title={edition ? (language === 'en' ? edition.titleEn : edition.title) : t('talentLists:title')}
      loading={detail.isLoading}
      breadcrumbRender={false}
      tags={edition ? <TalentListStatusTag status={edition.status} /> : undefined}
      extra={edition ? <Actions edition={edition} onRun={run} pending={step.isPending} /> : []}
    >
      {edition ? (
        <Flex vertical gap={16}>
          {edition.status === TalentListStatus.Draft || edition.status === TalentListStatus.Reviewed ? (
            <Alert
              type="info"
              showIcon
              message={t('talentLists:draftNotice')}
              description={edition.callerIsMaker ? t('talentLists:makerNotice') : undefined}
            />
          ) : null}
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('talentLists:talents')}>{edition.talentCount}</Descriptions.Item>
              <Descriptions.Item label={t('talentLists:snapshotAt')}>
                {formatChinaTime(edition.snapshotAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('talentLists:publishedAt')}>
                {day(edition.publishedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('talentLists:createdBy')}>
                {edition.createdByName ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('talentLists:reviewedBy')}>
                {edition.reviewedByName ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('talentLists:publishedBy')}>
                {edition.publishedByName ?? '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            title={
              <Segmented<Audience>
                value={audience}
                onChange={setAudience}
                options={[
                  { value: 'departments', label: t('talentLists:audienceDepartments') },
                  { value: 'public', label: t('talentLists:audiencePublic') },
                ]}
                data-testid="talent-list-audience"
              />
            }
            extra={
              <Space wrap>
                {(['public', 'departments'] as const).map((which) => (
                  <Button
                    key={which}
                    icon={<DownloadOutlined />}
                    onClick={() => downloadTalentList(id, which).catch((error) => showError(message, error))}
                  >
                    {t(which === 'public' ? 'talentLists:downloadPublic' : 'talentLists:downloadDepartments')}
                  </Button>
                ))}
                {edition.status === TalentListStatus.Published ? (
                  <a href={`/public/talent-lists/${id}`} target="_blank" rel="noreferrer">
                    {t('talentLists:viewPublic')}
                  </a>
                ) : null}
              </Space>
            }
          >
            <Alert
              type={audience === 'public' ? 'success' : 'warning'}
              message={t(audience === 'public' ? 'talentLists:publicNote' : 'talentLists:departmentsNote')}
              style={{ marginBottom: 16 }}
            />
            <EntryFilters
              edition={edition}
              onChange={(next) => {
                setQuery(next);
                setPaging((current) => ({ ...current, page: 1 }));
              }}
            />
            <Table<DepartmentEntry>
              rowKey="position"
              size="small"
              columns={audience === 'public' ? publicColumns : departmentColumns}
              dataSource={entries.data?.items ?? []}
              loading={entries.isFetching}
              scroll={{ x: audience === 'public' ? undefined : 'max-content' }}
              data-testid="talent-list-entries"
              pagination={{
                current: paging.page,
                pageSize: paging.pageSize,
                total: entries.data?.total ?? 0,
                onChange: (page, pageSize) => setPaging({ page, pageSize }),
              }}
            />
          </Card>
        </Flex>
      ) : null}
    </PageContainer>
  );
}

function Actions({
  edition,
  onRun,
  pending,
}: {
  edition: TalentList;
  onRun: (action: TalentListAction, confirm: string) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space>
      {edition.availableActions.includes(TalentListAction.Discard) ? (
        <Button
          danger
          disabled={pending}
          onClick={() => onRun(TalentListAction.Discard, t('talentLists:discardConfirm'))}
        >
          {t('talentLists:discard')}
        </Button>
      ) : null}
      {edition.availableActions.includes(TalentListAction.Review) ? (
        <Button
          type="primary"
          disabled={pending}
          onClick={() => onRun(TalentListAction.Review, t('talentLists:reviewConfirm'))}
        >
          {t('talentLists:review')}
        </Button>
      ) : null}
      {edition.availableActions.includes(TalentListAction.Publish) ? (
        <Button
          type="primary"
          disabled={pending}
          onClick={() => onRun(TalentListAction.Publish, t('talentLists:publishConfirm'))}
        >
          {t('talentLists:publish')}
        </Button>
      ) : null}
    </Space>
  );
}

function EntryFilters({
  edition,
  onChange,
}: {
  edition: TalentList;
  onChange: (query: { q?: string; occupationCode?: string; honourId?: string }) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<{ q?: string; occupationCode?: string; honourId?: string }>();
  const option = (item: { value: string; label: string; labelEn: string | null }) => ({
    value: item.value,
    label: language === 'en' ? (item.labelEn ?? item.label) : item.label,
  });
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      onValuesChange={(_, all) => onChange({ ...all, q: all.q?.trim() || undefined })}
    >
      <Form.Item name="q">
        <Input.Search allowClear placeholder={t('talentLists:search')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="occupationCode" label={t('talentLists:occupation')}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('talentLists:all')}
          options={edition.occupations.map(option)}
        />
      </Form.Item>
      <Form.Item name="honourId" label={t('talentLists:honour')}>
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('talentLists:all')}
          options={edition.honours.map(option)}
        />
      </Form.Item>
    </Form>
  );
}
