import { Descriptions, Space, Tag, theme, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FOCUS_INDUSTRY, SkillLevel } from '@skillpay/domain';
import { useRegionLabel } from '../regions';
import { useEnterpriseLabels } from './enterprise-labels';
import { type Enterprise } from './enterprises.api';

/** Priority-category tags; shared by the list and the detail page. */
export function PriorityTags({ categories }: { categories: readonly string[] }) {
  const labels = useEnterpriseLabels();
  return (
    <Space size={[0, 4]} wrap>
      {categories.map((category) => (
        <Tag key={category} color="gold">
          {labels.priority(category)}
        </Tag>
      ))}
    </Space>
  );
}

/** The industry, highlighted when it is the work plan's focus (manufacturing, 三(三)). */
export function IndustryLabel({ code }: { code: string }) {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const { token } = theme.useToken();
  if (code !== FOCUS_INDUSTRY) return <>{labels.industry(code)}</>;
  return (
    <Tooltip title={t('enterprises:focusIndustry')}>
      <span style={{ color: token.colorPrimary, fontWeight: token.fontWeightStrong }}>
        {labels.industry(code)}
      </span>
    </Tooltip>
  );
}

export function EnterpriseDescriptions({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const skilled = Object.values(SkillLevel)
    .map((level) => [level, enterprise.skilledHeadcount[level]] as const)
    .filter(([, count]) => typeof count === 'number' && count > 0);
  const total = skilled.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
      <Descriptions.Item label={t('enterprises:creditCode')}>{enterprise.creditCode}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises:region')}>
        <span style={{ whiteSpace: 'nowrap' }}>
          {regionLabel(enterprise.regionCode, enterprise.regionName)}
          {enterprise.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:industry')}>
        <IndustryLabel code={enterprise.industrySection} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:ownership')}>
        {labels.ownership(enterprise.ownership)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:size')}>{labels.size(enterprise.size)}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises:headcount')}>{enterprise.headcount}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises:priorityCategories')} span={2}>
        <PriorityTags categories={enterprise.priorityCategories} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:skilledHeadcount')} span={2}>
        {skilled
          .map(([level, count]) => `${labels.skillLevel(level)} ${count}`)
          .join(t('common.listSeparator'))}
        {skilled.length > 0 ? `（${t('enterprises:skilledTotal')} ${total}）` : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:address')} span={2}>
        {enterprise.address ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:contactPerson')}>
        {enterprise.contactPerson ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises:contactPhone')}>
        {enterprise.contactPhone ?? '-'}
      </Descriptions.Item>
    </Descriptions>
  );
}
