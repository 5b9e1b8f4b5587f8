import { Card, Empty, Flex, Progress, Space, Spin, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_STATUS_LABELS } from '@skillpay/domain';
import { useDomainLabels } from '../../app/i18n/labels';
import { type Roadmap, useRoadmap } from './programmes.api';
import { daysBetween, monthTicks, spanOf } from './roadmap-layout';

const LABEL_WIDTH = 220;

/** The roadmap (路线图) as a Gantt-like grid: one column per day, months in the header. */
export function RoadmapTimeline({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(programmeId);
  if (roadmap.isLoading) return <Spin />;
  const data = roadmap.data;
  if (!data?.startsOn || !data.endsOn) return <Empty description={t('programmes.noRoadmap')} />;
  return (
    <TimelineGrid
      roadmap={data}
      origin={data.startsOn}
      totalDays={daysBetween(data.startsOn, data.endsOn) + 1}
    />
  );
}

function TimelineGrid({
  roadmap,
  origin,
  totalDays,
}: {
  roadmap: Roadmap;
  origin: string;
  totalDays: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { language } = useDomainLabels();
  const grid = {
    display: 'grid',
    gridTemplateColumns: `${LABEL_WIDTH}px repeat(${totalDays}, minmax(3px, 1fr))`,
    alignItems: 'center',
    rowGap: token.paddingXXS,
  } as const;
  const today = spanOf(origin, totalDays, roadmap.today, roadmap.today);
  const todayVisible = roadmap.today >= origin && daysBetween(origin, roadmap.today) < totalDays;

  return (
    <Card size="small" data-testid="roadmap">
      <div style={{ ...grid, position: 'relative' }}>
        <div />
        {monthTicks(origin, totalDays).map((tick) => (
          <div
            key={tick.label}
            style={{
              gridColumn: `${tick.offset + 2} / span ${tick.days}`,
              borderLeft: `1px solid ${token.colorBorderSecondary}`,
              paddingLeft: token.paddingXXS,
              color: token.colorTextSecondary,
              fontSize: token.fontSizeSM,
              overflow: 'hidden',
              whiteSpace: 'nowrap',
            }}
          >
            {tick.label}
          </div>
        ))}
        {roadmap.lanes.map((lane) => {
          const laneSpan = spanOf(origin, totalDays, lane.startsOn, lane.endsOn);
          return [
            <Typography.Text
              key={`${lane.id}-label`}
              strong
              ellipsis
              style={{ paddingRight: token.paddingXS }}
            >
              {lane.kind === 'unassigned' ? t('programmes.otherTasks') : lane.title}
            </Typography.Text>,
            laneSpan ? (
              <div
                key={`${lane.id}-bar`}
                style={{
                  gridColumn: `${laneSpan.start + 1} / ${laneSpan.end + 1}`,
                  height: token.controlHeightXS,
                  background: token.colorPrimaryBg,
                  border: `1px solid ${token.colorPrimaryBorder}`,
                  borderRadius: token.borderRadiusSM,
                }}
              />
            ) : (
              <div key={`${lane.id}-bar`} style={{ gridColumn: `2 / span ${totalDays}` }} />
            ),
            ...lane.tasks.map((task) => {
              const span = spanOf(origin, totalDays, task.startsOn, task.dueOn);
              return [
                <Typography.Text
                  key={`${task.id}-label`}
                  ellipsis
                  style={{ paddingLeft: token.paddingSM, paddingRight: token.paddingXS }}
                >
                  {task.title}
                </Typography.Text>,
                span ? (
                  <Tooltip
                    key={`${task.id}-bar`}
                    title={
                      <Space direction="vertical" size={0}>
                        <span>{task.title}</span>
                        <span>
                          {task.startsOn ?? ''} ~ {task.dueOn ?? ''}
                        </span>
                        <span>
                          {TASK_STATUS_LABELS[task.overdue ? 'overdue' : task.status][language]} ·{' '}
                          {task.percent}%
                        </span>
                      </Space>
                    }
                  >
                    <div
                      style={{
                        gridColumn: `${span.start + 1} / ${span.end + 1}`,
                        height: token.controlHeightSM,
                        borderRadius: token.borderRadiusSM,
                        background: task.overdue
                          ? token.colorErrorBg
                          : task.status === 'done'
                            ? token.colorSuccessBg
                            : token.colorFillSecondary,
                        border: `1px solid ${task.overdue ? token.colorErrorBorder : task.status === 'done' ? token.colorSuccessBorder : token.colorBorder}`,
                        overflow: 'hidden',
                      }}
                    >
                      <div
                        style={{
                          width: `${task.percent}%`,
                          height: '100%',
                          background: task.overdue ? token.colorErrorBorder : token.colorPrimaryBorder,
                        }}
                      />
                    </div>
                  </Tooltip>
                ) : (
                  <div key={`${task.id}-bar`} style={{ gridColumn: `2 / span ${totalDays}` }} />
                ),
              ];
            }),
          ];
        })}
        {todayVisible && today ? (
          <div
            title={t('programmes.today')}
            style={{
              gridColumn: `${today.start + 1} / span 1`,
              gridRow: `1 / -1`,
              borderLeft: `2px solid ${token.colorError}`,
              alignSelf: 'stretch',
              pointerEvents: 'none',
            }}
          />
        ) : null}
      </div>
      <Flex gap={token.paddingSM} style={{ marginTop: token.paddingSM }} wrap>
        <Tag color="error">{TASK_STATUS_LABELS.overdue[language]}</Tag>
        <Tag color="success">{TASK_STATUS_LABELS.done[language]}</Tag>
        <Space size={4}>
          <Progress type="line" percent={50} showInfo={false} size="small" style={{ width: 60 }} />
          <Typography.Text type="secondary">{t('programmes.progress')}</Typography.Text>
        </Space>
        <Typography.Text type="secondary">
          {t('programmes.todayMarker', { today: roadmap.today })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
