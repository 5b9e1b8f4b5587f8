import { Alert, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import {
  type AllowancesCalculatorResult,
  type MentorAllowance,
  type NightShiftShare,
  type SkillAllowanceCost,
  type TeamLeaderAllowance,
} from '@skillpay/paycalc';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';
import { formatDecimal } from '../../../ui/format-decimal';
import { SourceList } from '../shared/source-link';

const numeric = { align: 'right' as const };

/** Skill allowance cost per level with the monthly and annual totals (art. 31). */
export function SkillAllowanceResult({ result }: { result: SkillAllowanceCost }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="skill-allowance-result">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Statistic title={t('payPlans:allowances.skill.headcount')} value={result.headcount} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t('payPlans:allowances.skill.monthlyCost')}
            value={formatDecimal(result.monthlyTotal)}
            valueRender={(node) => <span data-testid="skill-monthly-total">{node}</span>}
          />
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t('payPlans:allowances.skill.annualCost')}
            value={formatDecimal(result.annualTotal)}
            valueRender={(node) => <span data-testid="skill-annual-total">{node}</span>}
          />
        </Col>
      </Row>
      <Table
        size="small"
        rowKey="level"
        pagination={false}
        dataSource={result.rows}
        columns={[
          { title: t('payPlans:allowances.skill.level'), render: (_v, row) => row.label[language] },
          {
            title: t('payPlans:allowances.skill.monthlyAmount'),
            ...numeric,
            render: (_v, row) => formatDecimal(row.monthlyAmount),
          },
          { title: t('payPlans:allowances.skill.headcount'), ...numeric, dataIndex: 'headcount' },
          {
            title: t('payPlans:allowances.skill.monthlyCost'),
            ...numeric,
            render: (_v, row) => formatDecimal(row.monthlyCost),
          },
          {
            title: t('payPlans:allowances.skill.annualCost'),
            ...numeric,
            render: (_v, row) => formatDecimal(row.annualCost),
          },
        ]}
      />
      <SourceList sources={[result.source]} />
    </Space>
  );
}

/** Each team's leader allowance, by headcount or by category (art. 32). */
export function TeamLeaderResult({ result }: { result: TeamLeaderAllowance }) {
  const { t } = useTranslation();
  const byHeadcount = result.teams.some((team) => team.members !== null);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="team-leader-result">
      <Typography.Text strong data-testid="team-leader-totals">
        {t('payPlans:allowances.teamLeader.totals', {
          monthly: formatDecimal(result.monthlyTotal),
          annual: formatDecimal(result.annualTotal),
        })}
      </Typography.Text>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={result.teams}
        columns={[
          { title: t('payPlans:allowances.teamLeader.team'), dataIndex: 'label' },
          ...(byHeadcount
            ? [
                { title: t('payPlans:allowances.teamLeader.members'), ...numeric, dataIndex: 'members' },
                {
                  title: t('payPlans:allowances.teamLeader.extraMembers'),
                  ...numeric,
                  dataIndex: 'extraMembers',
                },
              ]
            : [{ title: t('payPlans:allowances.teamLeader.category'), dataIndex: 'category' }]),
          {
            title: t('payPlans:allowances.teamLeader.monthly'),
            ...numeric,
            render: (_v: unknown, team: TeamLeaderAllowance['teams'][number]) => (
              <Space size={4}>
                {team.capped ? <Tag>{t('payPlans:allowances.teamLeader.capped')}</Tag> : null}
                {formatDecimal(team.monthly)}
              </Space>
            ),
          },
        ]}
      />
      <SourceList sources={[result.source]} />
    </Space>
  );
}

/** Each mentor's allowance a month and over the agreement (art. 33). */
export function MentorResult({ result }: { result: MentorAllowance }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="mentor-result">
      <Typography.Text strong>
        {t('payPlans:allowances.mentor.totals', {
          monthly: formatDecimal(result.monthlyTotal),
          total: formatDecimal(result.agreementTotal),
        })}
      </Typography.Text>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={result.mentors}
        columns={[
          { title: t('payPlans:allowances.mentor.mentor'), dataIndex: 'label' },
          { title: t('payPlans:allowances.mentor.apprentices'), ...numeric, dataIndex: 'apprentices' },
          { title: t('payPlans:allowances.mentor.months'), ...numeric, dataIndex: 'months' },
          {
            title: t('payPlans:allowances.mentor.monthly'),
            ...numeric,
            render: (_v, mentor) => formatDecimal(mentor.monthly),
          },
          {
            title: t('payPlans:allowances.mentor.agreementTotal'),
            ...numeric,
            render: (_v, mentor) => formatDecimal(mentor.agreementTotal),
          },
        ]}
      />
      <SourceList sources={[result.source]} />
    </Space>
  );
}

/** The night-shift allowance's share of gross pay, with the 15–20 % note (art. 29). */
export function NightShiftResult({ result }: { result: NightShiftShare }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="night-shift-result">
      <Statistic
        title={t('payPlans:allowances.nightShift.share')}
        value={result.sharePercent}
        suffix="%"
        valueRender={(node) => <span data-testid="night-shift-share">{node}</span>}
      />
      <Alert
        type={result.note ? 'warning' : 'success'}
        showIcon
        data-testid="night-shift-note"
        message={
          result.note
            ? t(`payPlans:allowances.nightShift.notes.${result.note}`)
            : t('payPlans:allowances.nightShift.inRange')
        }
        description={t('payPlans:allowances.nightShift.typical', {
          min: formatDecimal(result.typicalAllowance.min),
          max: formatDecimal(result.typicalAllowance.max),
        })}
      />
      <SourceList sources={[result.source]} />
    </Space>
  );
}

/** A saved allowances plan's result, part by part (read-only). */
export function AllowancesResultView({ result }: { result: AllowancesCalculatorResult }) {
  const { t } = useTranslation();
  const teamLeader = result.teamLeaderByHeadcount ?? result.teamLeaderByCategory;
  const section = (title: string, body: ReactNode) => (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {body}
    </div>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {result.skillAllowance
        ? section(
            t('payPlans:allowances.skill.title'),
            <SkillAllowanceResult result={result.skillAllowance} />,
          )
        : null}
      {teamLeader
        ? section(t('payPlans:allowances.teamLeader.title'), <TeamLeaderResult result={teamLeader} />)
        : null}
      {result.mentor
        ? section(t('payPlans:allowances.mentor.title'), <MentorResult result={result.mentor} />)
        : null}
      {result.nightShift
        ? section(t('payPlans:allowances.nightShift.title'), <NightShiftResult result={result.nightShift} />)
        : null}
    </Space>
  );
}
