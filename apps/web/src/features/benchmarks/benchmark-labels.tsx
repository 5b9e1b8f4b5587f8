import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { BenchmarkReleaseStatus } from '@skillpay/domain';
import { useBenchmarkLabels } from './benchmark-vocabulary';

export { formatPercent, formatYuan, useBenchmarkLabels } from './benchmark-vocabulary';

const STATUS_COLOURS: Record<BenchmarkReleaseStatus, string> = {
  [BenchmarkReleaseStatus.Draft]: 'processing',
  [BenchmarkReleaseStatus.Reviewed]: 'cyan',
  [BenchmarkReleaseStatus.Published]: 'success',
  [BenchmarkReleaseStatus.Discarded]: 'default',
};

export interface ReleaseStatusTagProps {
  status: string;
}

export function ReleaseStatusTag({ status }: ReleaseStatusTagProps) {
  const labels = useBenchmarkLabels();
  return (
    <Tag color={STATUS_COLOURS[status as BenchmarkReleaseStatus] ?? 'default'} data-testid="release-status">
      {labels.status(status)}
    </Tag>
  );
}

export interface FootnoteTagProps {
  code: string;
}

/** A withheld cell's footnote: the code and its short reason, the full explanation on hover. */
export function FootnoteTag({ code }: FootnoteTagProps) {
  const labels = useBenchmarkLabels();
  return (
    <Tooltip title={labels.footnoteExplanation(code)}>
      <Tag color="warning" data-testid={`footnote-${code}`}>
        {code} {labels.footnote(code)}
      </Tag>
    </Tooltip>
  );
}

export interface CellMarkProps {
  cell: { footnote: string | null; carriedFrom?: string | null };
}

/**
 * What marks a cell: the footnote of a withheld one, or the earlier release whose figures a
 * correction kept (its own change would have revealed withheld data), explained on hover.
 */
export function CellMark({ cell }: CellMarkProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  if (cell.footnote) return <FootnoteTag code={cell.footnote} />;
  if (!cell.carriedFrom) return null;
  return (
    <Tooltip title={labels.carriedExplanation}>
      <Tag color="processing" data-testid="carried-from">
        {t('benchmarks:carried', { label: cell.carriedFrom })}
      </Tag>
    </Tooltip>
  );
}

export interface OccupationNameProps {
  cell: {
    occupationName?: string | null;
    occupationNameEn?: string | null;
    occupationCode: string;
    urgentlyNeeded?: boolean;
  };
}

/** The occupation's name and code, marked when it is on the 急需紧缺 list. */
export function OccupationName({ cell }: OccupationNameProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  return (
    <Space size={4} wrap>
      <span>{labels.occupation(cell)}</span>
      <Tag bordered={false}>{cell.occupationCode}</Tag>
      {cell.urgentlyNeeded ? (
        <Tag color="red" data-testid="urgent-occupation">
          {t('benchmarks:urgent')}
        </Tag>
      ) : null}
    </Space>
  );
}
