import { EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { Alert, Button, Col, Empty, Flex, Popover, Row, Segmented, Space, Typography, theme } from 'antd';
import { type AdoptionWeights, Role, can } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import { AdoptionByScopeTable, ChangePanel, DistributionChart, ElementSharesChart } from './adoption-panels';
import { type ProgrammeEvaluation, useProgrammeEvaluation, useSaveWeights } from './evaluation.api';
import { Num, RuleTag, useEvaluationLabels } from './evaluation-ui';
import { OutcomePanels } from './outcome-panels';
import { AdoptionOutcomeScatter, PilotTable } from './pilot-table';
import { ProgrammePicker, useChosenProgramme } from './programme-picker';
import { WeightsModal } from './weights-modal';

/**
 * 评估总览: what the programme changed, within the caller's scope — the city bureau sees the city
 * and each district, a district its own pilots, the reviewers the roll-ups without any single
 * enterprise. Adoption from accepted progress reports, outcomes from the stored wage data.
 */
export function EvaluationOverviewPage() {
  const { t } = useTranslation();
  const chosen = useChosenProgramme();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? undefined;
  const evaluation = useProgrammeEvaluation(chosen.programmeId);
  const data = evaluation.data;

  if (chosen.programmes.isError) {
    return (
      <QueryFailureResult error={chosen.programmes.error} onRetry={() => void chosen.programmes.refetch()} />
    );
  }
  const setRegion = (code: string | undefined) => {
    const next = new URLSearchParams(params);
    if (code) next.set('regionCode', code);
    else next.delete('regionCode');
    setParams(next, { replace: true });
  };

  return (
    <PageContainer
      title={t('evaluation:overview.title')}
      subTitle={<Typography.Text type="secondary">{t('evaluation:overview.subtitle')}</Typography.Text>}
      breadcrumbRender={false}
      loading={chosen.programmes.isLoading || (evaluation.isLoading && Boolean(chosen.programmeId))}
    >
      <ProgrammePicker chosen={chosen} />
      {!chosen.programmes.isLoading && !chosen.programmeId ? (
        <Empty description={t('evaluation:noProgramme')} />
      ) : null}
      {evaluation.isError ? (
        <QueryFailureResult error={evaluation.error} onRetry={() => void evaluation.refetch()} />
      ) : null}
      {data ? <EvaluationBody data={data} regionCode={regionCode} onRegionChange={setRegion} /> : null}
    </PageContainer>
  );
}

type Rollup = ProgrammeEvaluation['city'];
type Pilot = NonNullable<ProgrammeEvaluation['pilots']>[number];

/** The scope shown: the whole city, or one district (or 市直) when asked for and offered. */
interface Scope {
  rollup: Rollup;
  /** the pilots of the scope (bureaus; null for reviewers) */
  pilots: Pilot[] | null;
  whole: boolean;
}

function scopeOf(data: ProgrammeEvaluation, regionCode: string | undefined): Scope {
  const district = regionCode ? data.districts.find((unit) => unit.regionCode === regionCode) : undefined;
  // a district bureau's evaluation is its own district: the one it is sent
  const own = !district && data.districts.length === 1 ? data.districts[0] : undefined;
  const rollup = district ?? own ?? data.city;
  const pilots = data.pilots
    ? rollup === data.city
      ? data.pilots
      : data.pilots.filter((pilot) => pilot.regionCode === rollup.regionCode)
    : null;
  return { rollup, pilots, whole: rollup === data.city };
}

function EvaluationBody({
  data,
  regionCode,
  onRegionChange,
}: {
  data: ProgrammeEvaluation;
  regionCode: string | undefined;
  onRegionChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const role = useCurrentRole();
  const scope = scopeOf(data, regionCode);
  return (
    <Space direction="vertical" size={token.marginMD} style={{ width: '100%' }}>
      {role === Role.Reviewer ? (
        <Alert type="info" showIcon message={t('evaluation:overview.reviewerNote')} />
      ) : null}
      {role === Role.DistrictBureau ? (
        <Alert type="info" showIcon message={t('evaluation:overview.districtNote')} />
      ) : null}
      <ScopeSwitch
        data={data}
        regionCode={scope.whole ? undefined : scope.rollup.regionCode}
        onChange={onRegionChange}
      />
      <SummaryCards scope={scope} />
      <WeightsLine data={data} />
      <AdoptionSection data={data} scope={scope} />
      <ProCard
        bordered
        title={t('evaluation:overview.outcomes')}
        subTitle={t('evaluation:overview.outcomesHint')}
        data-testid="evaluation-outcomes"
      >
        <OutcomePanels rollup={scope.rollup.outcomes} />
      </ProCard>
      {scope.pilots ? (
        <>
          <ProCard
            bordered
            title={t('evaluation:overview.pilotTable')}
            subTitle={t('evaluation:overview.pilotTableHint')}
          >
            <PilotTable programmeId={data.programme.id} rows={scope.pilots} />
          </ProCard>
          <ProCard bordered title={t('evaluation:overview.scatter')}>
            <AdoptionOutcomeScatter rows={scope.pilots} />
          </ProCard>
        </>
      ) : null}
    </Space>
  );
}

/** The city (and a reviewer) switches between the whole city and one district. */
function ScopeSwitch({
  data,
  regionCode,
  onChange,
}: {
  data: ProgrammeEvaluation;
  regionCode: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  if (data.districts.length <= 1) return null;
  const options = [
    { value: '', label: t('evaluation:wholeCity', { city: data.city.regionName }) },
    ...data.districts
      .filter(
        (unit) => unit.adoption.pilots > 0 || unit.influence.reached > 0 || unit.regionCode === regionCode,
      )
      .map((unit) => ({
        value: unit.regionCode,
        label: unit.cityDirect ? t('evaluation:cityDirect') : unit.regionName,
      })),
  ];
  return (
    <Segmented
      value={regionCode ?? ''}
      onChange={(value) => onChange(value ? String(value) : undefined)}
      options={options}
      data-testid="evaluation-scope"
    />
  );
}

function SummaryCards({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const { adoption, influence, outcomes } = scope.rollup;
  const measured = scope.pilots?.filter((pilot) => pilot.ruleHolds !== null) ?? [];
  const holding = measured.filter((pilot) => pilot.ruleHolds).length;
  return (
    <StatisticCard.Group direction="row" data-testid="evaluation-summary">
      <StatisticCard
        statistic={{
          title: t('evaluation:overview.pilots'),
          value: adoption.pilots,
          description: t('evaluation:overview.pilotsEvaluated', { count: adoption.reported }),
        }}
      />
      <StatisticCard.Divider />
      <StatisticCard
        statistic={{
          title: t('evaluation:overview.meanIndex'),
          formatter: () => <Num testId="summary-mean-index">{labels.number(adoption.meanIndex)}</Num>,
          description: t('evaluation:overview.medianIndex', { median: labels.number(adoption.medianIndex) }),
        }}
      />
      <StatisticCard.Divider />
      {scope.pilots ? (
        <StatisticCard
          statistic={{
            title: t('evaluation:overview.ruleHolds'),
            formatter: () => (
              <Num testId="summary-rule">
                {measured.length > 0 ? labels.share((holding * 100) / measured.length) : '—'}
              </Num>
            ),
            description: t('evaluation:overview.ruleHoldsDetail', { holds: holding, known: measured.length }),
          }}
        />
      ) : (
        // reviewers see no single enterprise: the pilots' pooled verdict instead of a count
        <StatisticCard
          statistic={{
            title: t('evaluation:overview.ruleHolds'),
            formatter: () => <RuleTag holds={outcomes.pilots?.ruleHolds ?? null} />,
            description: t('evaluation:overview.pilotsGroup'),
          }}
        />
      )}
      <StatisticCard.Divider />
      <StatisticCard
        statistic={{
          title: t('evaluation:overview.influenced'),
          value: influence.adopting,
          description: t('evaluation:overview.influencedDetail', {
            reached: influence.reached,
            adopting: influence.adopting,
          }),
        }}
        data-testid="summary-influenced"
      />
    </StatisticCard.Group>
  );
}

/** The weights in force in one line, their reasoning on demand, and the city's edit. */
function WeightsLine({ data }: { data: ProgrammeEvaluation }) {
  const { t } = useTranslation();
  const role = useCurrentRole();
  const [editing, setEditing] = useState(false);
  const save = useSaveWeights(data.programme.id, data.weights.version);
  const editable = can(role, 'evaluation', 'update');
  const reasoning = (
    <div style={{ maxWidth: 520 }} data-testid="weights-reasoning">
      {(['formula', 'capped', 'structure', 'allowances', 'custom'] as const).map((key) => (
        <Typography.Paragraph key={key} style={{ marginBottom: 8 }}>
          {t(`evaluation:weights.reasoning.${key}`)}
        </Typography.Paragraph>
      ))}
    </div>
  );
  return (
    <Space wrap size="small">
      <Typography.Text type="secondary">
        {data.weights.isDefault ? t('evaluation:weights.defaultsLine') : t('evaluation:weights.custom')}
      </Typography.Text>
      <Popover title={t('evaluation:weights.reasoningTitle')} content={reasoning} trigger="click">
        <Typography.Link data-testid="weights-reasoning-link">
          {t('evaluation:weights.reasoningLink')}
        </Typography.Link>
      </Popover>
      {editable ? (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(true)}
          data-testid="weights-edit"
        >
          {t('evaluation:weights.edit')}
        </Button>
      ) : null}
      {editable ? (
        <WeightsModal
          open={editing}
          weights={data.weights.weights as AdoptionWeights}
          onSave={(weights) => save.mutateAsync(weights)}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Space>
  );
}

function AdoptionSection({ data, scope }: { data: ProgrammeEvaluation; scope: Scope }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  const { adoption, influence } = scope.rollup;
  const scopes = [
    {
      code: scope.rollup.regionCode,
      name: scope.rollup.cityDirect ? t('evaluation:cityDirect') : scope.rollup.regionName,
      adoption,
    },
    ...(scope.whole
      ? data.districts
          .filter((unit) => unit.adoption.pilots > 0)
          .map((unit) => ({
            code: unit.regionCode,
            name: unit.cityDirect ? t('evaluation:cityDirect') : unit.regionName,
            adoption: unit.adoption,
          }))
      : []),
  ];
  return (
    <>
      <Row gutter={[token.marginMD, token.marginMD]}>
        <Col xs={24} xl={14}>
          <ProCard
            bordered
            style={{ height: '100%' }}
            title={t('evaluation:overview.adoptionByElement')}
            subTitle={t('evaluation:overview.adoptionByElementHint')}
          >
            <ElementSharesChart adoption={adoption} influence={influence} />
          </ProCard>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={token.marginMD} style={{ height: '100%' }}>
            <ProCard bordered title={t('evaluation:overview.distribution')}>
              <DistributionChart adoption={adoption} />
            </ProCard>
            <ProCard bordered title={t('evaluation:overview.influencedTitle')} style={{ flex: 1 }}>
              <Typography.Paragraph type="secondary">
                {t('evaluation:overview.influencedHint')}
              </Typography.Paragraph>
              <Space size="large" wrap>
                <span>
                  {t('evaluation:overview.reached')} <Num>{String(influence.reached)}</Num>
                </span>
                <span>
                  {t('evaluation:overview.adopting')} <Num>{String(influence.adopting)}</Num>
                </span>
                <span>
                  {t('evaluation:overview.adoptingShare')}{' '}
                  <Num>
                    {influence.reached > 0
                      ? labels.share((influence.adopting * 100) / influence.reached)
                      : '—'}
                  </Num>
                </span>
                <span>
                  {t('evaluation:overview.meanIndex')} <Num>{labels.number(influence.meanIndex)}</Num>
                </span>
              </Space>
            </ProCard>
          </Flex>
        </Col>
      </Row>
      <Row gutter={[token.marginMD, token.marginMD]}>
        <Col xs={24} xl={scopes.length > 1 ? 14 : 12}>
          <ProCard bordered style={{ height: '100%' }} title={t('evaluation:overview.adoptionByDistrict')}>
            <AdoptionByScopeTable scopes={scopes} />
          </ProCard>
        </Col>
        <Col xs={24} xl={scopes.length > 1 ? 10 : 12}>
          <ProCard bordered style={{ height: '100%' }} title={t('evaluation:overview.change')}>
            <ChangePanel adoption={adoption} />
          </ProCard>
        </Col>
      </Row>
    </>
  );
}
