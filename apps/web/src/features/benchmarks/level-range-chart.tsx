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
import { cssToken } from '../../app/design-tokens';
import { formatYuan, useBenchmarkLabels } from './benchmark-vocabulary';

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
  // the theme's colours, read off design-tokens.css: the public page has no antd theme provider
  const colours = {
    outer: cssToken('color-primary-bg-hover'),
    inner: cssToken('color-primary'),
    median: cssToken('color-warning'),
  };
  const labels = useBenchmarkLabels();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={[...data]} margin={{ left: Number.parseFloat(cssToken('margin-lg')) }}>
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
        <Bar dataKey="outer" name={t('benchmarks:public.p10p90')} fill={colours.outer} barSize={36} />
        <Bar dataKey="inner" name={t('benchmarks:public.p25p75')} fill={colours.inner} barSize={18} />
        <Scatter dataKey="p50" name={t('benchmarks:median')} fill={colours.median} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
