import { Card, Empty, Flex, Progress, Space, Spin, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_STATUS_LABELS, TaskStatus } from '@skillpay/domain';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { type Roadmap, useRoadmap } from './programmes.api';
import { daysBetween, monthTicks, spanOf } from './roadmap-layout';
import { percentRange, slowestPercent } from './task-progress';

const LABEL_WIDTH = 220;

/** The roadmap (路线图) as a Gantt-like grid: one column per day, months in the header. */
export function RoadmapTimeline({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(programmeId);
  if (roadmap.isLoading) return <Spin />;
  const data = roadmap.data;
  if (!data?.startsOn || !data.endsOn) return <Empty description={t('programmes:noRoadmap')} />;
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
    position: 'relative',
  } as const;
  const todayOffset = daysBetween(origin, roadmap.today);
  const todayVisible = todayOffset >= 0 && todayOffset < totalDays;
  const bar = (row: number, startsOn: string | null, endsOn: string | null) => {
    const span = spanOf(origin, totalDays, startsOn, endsOn);
    return span ? { gridRow: row, gridColumn: `${span.start + 1} / ${span.end + 1}` } : null;
  };

  // Every cell is placed explicitly: row 1 holds the months, then one row per lane and per task.
  let row = 1;
  const cells: React.ReactNode[] = monthTicks(origin, totalDays).map((tick) => (
    <div
      key={tick.label}
      style={{
        gridRow: 1,
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
  ));
  for (const lane of roadmap.lanes) {
    row += 1;
    const laneBar = bar(row, lane.startsOn, lane.endsOn);
    cells.push(
      <Typography.Text
        key={`${lane.id}-label`}
        strong
        ellipsis
        style={{ gridRow: row, gridColumn: 1, paddingRight: token.paddingXS }}
      >
        {lane.kind === 'unassigned' ? t('programmes:otherTasks') : lane.title}
      </Typography.Text>,
    );
    if (laneBar) {
      cells.push(
        <div
          key={`${lane.id}-bar`}
          style={{
            ...laneBar,
            height: token.controlHeightXS,
            background: token.colorPrimaryBg,
            border: `1px solid ${token.colorPrimaryBorder}`,
            borderRadius: token.borderRadiusSM,
          }}
        />,
      );
    }
    for (const task of lane.tasks) {
      row += 1;
      const taskBar = bar(row, task.startsOn, task.dueOn);
      const state = task.overdue ? 'overdue' : task.status;
      const range = percentRange(task.progress);
      cells.push(
        <Typography.Text
          key={`${task.id}-label`}
          ellipsis
          style={{ gridRow: row, gridColumn: 1, paddingLeft: token.paddingSM, paddingRight: token.paddingXS }}
        >
          {task.title}
        </Typography.Text>,
      );
      if (taskBar) {
        cells.push(
          <Tooltip
            key={`${task.id}-bar`}
            title={
              <Space direction="vertical" size={0}>
                <span>{task.title}</span>
                <span>
                  {task.startsOn ?? ''} ~ {task.dueOn ?? ''}
                </span>
                <span>
                  {labelOf(TASK_STATUS_LABELS, state, language)}
                  {range
                    ? ` · ${range.min === range.max ? `${range.min}%` : t('programmes:percentRange', range)}`
                    : ''}
                </span>
              </Space>
            }
          >
            <div
              data-testid={`roadmap-task-${task.id}`}
              style={{
                ...taskBar,
                height: token.controlHeightSM,
                borderRadius: token.borderRadiusSM,
                background:
                  state === 'overdue'
                    ? token.colorErrorBg
                    : state === 'done'
                      ? token.colorSuccessBg
                      : token.colorFillSecondary,
                border: `1px solid ${
                  state === 'overdue'
                    ? token.colorErrorBorder
                    : state === 'done'
                      ? token.colorSuccessBorder
                      : token.colorBorder
                }`,
                overflow: 'hidden',
              }}
            >
              <div
                style={{
                  width: `${slowestPercent(task.progress, task.status === TaskStatus.Done)}%`,
                  height: '100%',
                  background: state === 'overdue' ? token.colorErrorBorder : token.colorPrimaryBorder,
                }}
              />
            </div>
          </Tooltip>,
        );
      }
    }
  }

  return (
    <Card size="small" data-testid="roadmap">
      <div style={grid}>
        {cells}
        {todayVisible ? (
          <div
            title={t('programmes:today')}
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${(todayOffset + 0.5) / totalDays})`,
              borderLeft: `2px solid ${token.colorError}`,
              pointerEvents: 'none',
            }}
          />
        ) : null}
      </div>
      <Flex gap={token.paddingSM} style={{ marginTop: token.paddingSM }} wrap>
        <Tag color="error">{labelOf(TASK_STATUS_LABELS, 'overdue', language)}</Tag>
        <Tag color="success">{labelOf(TASK_STATUS_LABELS, 'done', language)}</Tag>
        <Space size={4}>
          <Progress type="line" percent={50} showInfo={false} size="small" style={{ width: 60 }} />
          <Typography.Text type="secondary">{t('programmes:progress')}</Typography.Text>
        </Space>
        <Typography.Text type="secondary">
          {t('programmes:todayMarker', { today: roadmap.today })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
