import {
  OPINION_HEAT_LABELS,
  OPINION_HEAT_MAX,
  OPINION_HEAT_MIN,
  OPINION_NOTE_ACTION_LABELS,
  OPINION_NOTE_STATUS_LABELS,
  OPINION_RESPONSE_CHANNEL_LABELS,
  OPINION_SENTIMENT_LABELS,
  OPINION_SOURCE_LABELS,
  POLICY_TOPIC_LABELS,
  POLICY_TOPIC_KEYS,
  OpinionNoteStatus,
  OpinionResponseChannel,
  OpinionSentiment,
  OpinionSource,
} from '@skillpay/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';

const STATUS_COLOURS: Record<OpinionNoteStatus, string> = {
  [OpinionNoteStatus.Monitoring]: 'processing',
  [OpinionNoteStatus.Responding]: 'blue',
  [OpinionNoteStatus.Responded]: 'success',
  [OpinionNoteStatus.Closed]: 'default',
};

export const SENTIMENT_COLOURS: Record<OpinionSentiment, string> = {
  [OpinionSentiment.Positive]: 'green',
  [OpinionSentiment.Neutral]: 'default',
  [OpinionSentiment.Negative]: 'red',
};

/** 热度 4–5 stand out; 1–2 stay quiet. */
const HEAT_COLOURS: Record<number, string> = {
  1: 'default',
  2: 'default',
  3: 'gold',
  4: 'orange',
  5: 'volcano',
};

/** The notes' domain labels (libs/domain) in the UI language, with select options. */
export function useOpinionLabels() {
  const language = useLanguage();
  const heats = Array.from(
    { length: OPINION_HEAT_MAX - OPINION_HEAT_MIN + 1 },
    (_, i) => OPINION_HEAT_MIN + i,
  );
  return {
    language,
    source: (source: string, detail?: string | null) =>
      source === OpinionSource.Other && detail
        ? `${labelOf(OPINION_SOURCE_LABELS, source, language)}（${detail}）`
        : labelOf(OPINION_SOURCE_LABELS, source, language),
    sentiment: (sentiment: string) => labelOf(OPINION_SENTIMENT_LABELS, sentiment, language),
    topic: (topic: string) => labelOf(POLICY_TOPIC_LABELS, topic, language),
    status: (status: string) => labelOf(OPINION_NOTE_STATUS_LABELS, status, language),
    action: (action: string) => labelOf(OPINION_NOTE_ACTION_LABELS, action, language),
    channel: (channel: string) => labelOf(OPINION_RESPONSE_CHANNEL_LABELS, channel, language),
    heat: (heat: number) => `${heat} · ${OPINION_HEAT_LABELS[heat]?.[language] ?? ''}`,
    sources: Object.values(OpinionSource).map((value) => ({
      value,
      label: OPINION_SOURCE_LABELS[value][language],
    })),
    sentiments: Object.values(OpinionSentiment).map((value) => ({
      value,
      label: OPINION_SENTIMENT_LABELS[value][language],
    })),
    statuses: Object.values(OpinionNoteStatus).map((value) => ({
      value,
      label: OPINION_NOTE_STATUS_LABELS[value][language],
    })),
    channels: Object.values(OpinionResponseChannel).map((value) => ({
      value,
      label: OPINION_RESPONSE_CHANNEL_LABELS[value][language],
    })),
    topics: POLICY_TOPIC_KEYS.map((value) => ({ value, label: POLICY_TOPIC_LABELS[value][language] })),
    heats: heats.map((value) => ({ value, label: `${value} · ${OPINION_HEAT_LABELS[value][language]}` })),
  };
}

export function OpinionStatusTag({ status }: { status: string }) {
  const labels = useOpinionLabels();
  return (
    <Tag color={STATUS_COLOURS[status as OpinionNoteStatus] ?? 'default'} style={{ whiteSpace: 'nowrap' }}>
      {labels.status(status)}
    </Tag>
  );
}

export function SentimentTag({ sentiment }: { sentiment: string }) {
  const labels = useOpinionLabels();
  return (
    <Tag
      color={SENTIMENT_COLOURS[sentiment as OpinionSentiment] ?? 'default'}
      style={{ whiteSpace: 'nowrap' }}
    >
      {labels.sentiment(sentiment)}
    </Tag>
  );
}

export function HeatTag({ heat }: { heat: number }) {
  const labels = useOpinionLabels();
  return (
    <Tag color={HEAT_COLOURS[heat] ?? 'default'} style={{ whiteSpace: 'nowrap' }} data-testid="opinion-heat">
      {labels.heat(heat)}
    </Tag>
  );
}
