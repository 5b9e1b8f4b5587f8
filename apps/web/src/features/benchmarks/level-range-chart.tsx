import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatYuan, useBenchmarkLabels } from './benchmark-labels';

/** One skill level: P10–P90, P25–P75 and the median, in yuan a year. */
export interface LevelRange {
  level: string;
  outer: (number | null)[];
  inner: (number | null)[];
  p50: number | null;
}

export interface LevelRangeChartProps {
  data: readonly LevelRange[];
  /** In px: recharts needs a number. */
  height: number;
}

/**
 * P10–P90 (outer bar) and P25–P75 (inner bar) per skill level, the median as a point. In a module
 * of its own, loaded when a chart is first shown: the charting library is a third of the public
 * page's code, which draws its table without it.
 */
export function LevelRangeChart({ data, height }: LevelRangeChartProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useBenchmarkLabels();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={[...data]} margin={{ left: token.marginLG }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="level" />
        <YAxis tickFormatter={(value: number) => formatYuan(value, labels.language)} />
        <Tooltip
          formatter={(value) =>
            Array.isArray(value)
              ? value.map((v) => formatYuan(Number(v), labels.language)).join(' – ')
              : formatYuan(Number(value), labels.language)
          }
        />
        <Legend />
        <Bar
          dataKey="outer"
          name={t('benchmarks:public.p10p90')}
          fill={token.colorPrimaryBgHover}
          barSize={36}
        />
        <Bar dataKey="inner" name={t('benchmarks:public.p25p75')} fill={token.colorPrimary} barSize={18} />
        <Scatter dataKey="p50" name={t('benchmarks:median')} fill={token.colorWarning} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
