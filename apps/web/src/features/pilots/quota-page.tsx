import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { quotaProblem } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, showError } from '../../app/api/api-error';
import { layoutSize } from '../../app/theme';
import { useRegionLabel } from '../regions';
import { type Quota, useQuotas, useUpdateQuotas } from './pilots.api';
import { useProgrammes } from '../programmes';

/** The city bureau's quotas per region: 市直 and each district, with approved and remaining. */
export function QuotaPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const programmes = useProgrammes({ status: 'active' });
  const regionLabel = useRegionLabel();
  const [chosen, setChosen] = useState<string>();
  // the first active programme until the user picks another
  const programmeId = chosen ?? programmes.data?.items[0]?.id;
  const quotas = useQuotas(programmeId);
  const save = useUpdateQuotas(programmeId ?? '', quotas.data?.programmeVersion);
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  // the input does not clamp what is typed: the reason shows next to the field instead of
  // 保存 silently staying off
  const problemOf = (row: Quota): string | null => {
    const problem =
      draft[row.regionCode] === undefined ? null : quotaProblem(draft[row.regionCode] ?? null, row.used);
    if (!problem) return null;
    if (problem.code === 'below-approved') return t('pilots:quotaBelowUsed', { used: problem.approved });
    return t(problem.code === 'invalid' ? 'pilots:quotaInvalid' : 'pilots:quotaAboveMax', {
      max: problem.max,
    });
  };
  const problems = (quotas.data?.items ?? []).filter((row) => problemOf(row) !== null);

  const changed = Object.entries(draft).filter(
    (entry): entry is [string, number] =>
      entry[1] !== null && quotas.data?.items.find((row) => row.regionCode === entry[0])?.quota !== entry[1],
  );

  return (
    <PageContainer
      title={t('pilots:quotasTitle')}
      onBack={() => navigate('/pilot-applications')}
      breadcrumbRender={false}
    >
      <ProCard>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('pilots:programme')}</span>
            <Select
              style={{ width: '100%', maxWidth: layoutSize.formMaxWidth }}
              value={programmeId}
              onChange={(value: string) => {
                setChosen(value);
                setDraft({});
              }}
              loading={programmes.isLoading}
              options={(programmes.data?.items ?? []).map((programme) => ({
                value: programme.id,
                label: programme.title,
              }))}
            />
          </Space>
          {programmes.isSuccess && (programmes.data.items.length ?? 0) === 0 ? (
            <Empty description={t('pilots:noProgramme')} />
          ) : null}
          {quotas.isError ? <Alert type="error" message={errorMessage(quotas.error)} /> : null}
          {quotas.data ? (
            <Table<Quota>
              rowKey="regionCode"
              size="small"
              pagination={false}
              dataSource={quotas.data.items}
              columns={[
                {
                  title: t('pilots:quotaRegion'),
                  dataIndex: 'regionName',
                  render: (_value, row) => (
                    <>
                      <span style={{ whiteSpace: 'nowrap' }}>
                        {regionLabel(row.regionCode, row.regionName)}
                        {row.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
                      </span>
                    </>
                  ),
                },
                {
                  title: t('pilots:quota'),
                  dataIndex: 'quota',
                  width: 240,
                  render: (_value, row) => {
                    const problem = problemOf(row);
                    return (
                      <Space direction="vertical" size={0}>
                        <Space>
                          <InputNumber
                            precision={0}
                            status={problem ? 'error' : undefined}
                            aria-invalid={problem ? true : undefined}
                            aria-label={`${t('pilots:quota')} ${row.regionName}`}
                            value={draft[row.regionCode] === undefined ? row.quota : draft[row.regionCode]}
                            onChange={(value) =>
                              setDraft((current) => ({ ...current, [row.regionCode]: value }))
                            }
                            data-testid={`quota-${row.regionCode}`}
                          />
                          {row.isDefault && draft[row.regionCode] === undefined ? (
                            <Tag>{t('pilots:quotaDefault')}</Tag>
                          ) : null}
                        </Space>
                        {problem ? (
                          <Typography.Text type="danger" data-testid={`quota-problem-${row.regionCode}`}>
                            {problem}
                          </Typography.Text>
                        ) : null}
                      </Space>
                    );
                  },
                },
                { title: t('pilots:used'), dataIndex: 'used', width: 90 },
                {
                  title: t('pilots:remaining'),
                  dataIndex: 'remaining',
                  width: 120,
                  render: (_value, row) =>
                    row.remaining > 0 ? row.remaining : <Tag color="error">{t('pilots:quotaFull')}</Tag>,
                },
                { title: t('pilots:pending'), dataIndex: 'pending', width: 90 },
              ]}
            />
          ) : null}
          {problems.length > 0 ? (
            <Typography.Text type="danger">{t('pilots:quotaFixFirst')}</Typography.Text>
          ) : null}
          <Button
            type="primary"
            disabled={changed.length === 0 || problems.length > 0}
            loading={save.isPending}
            onClick={async () => {
              try {
                await save.mutateAsync(changed.map(([regionCode, quota]) => ({ regionCode, quota })));
                setDraft({});
                message.success(t('pilots:quotasSaved'));
              } catch (error) {
                showError(message, error);
              }
            }}
          >
            {t('common.save')}
          </Button>
        </Space>
      </ProCard>
    </PageContainer>
  );
}
