import { ProCard } from '@ant-design/pro-components';
import { Empty, Select, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgrammes } from '../programmes';
import { ProgrammeDashboard } from './programme-dashboard';

/** The bureaus' home: how the active programmes are going, one at a time. */
export function ProgrammeOverview() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const programmes = useProgrammes({ status: 'active' });
  const [chosen, setChosen] = useState<string>();
  const items = programmes.data?.items ?? [];
  const programmeId = chosen ?? items[0]?.id;

  return (
    <ProCard
      title={t('programmeDashboard:title')}
      loading={programmes.isLoading}
      extra={
        items.length > 1 ? (
          <Select
            value={programmeId}
            onChange={setChosen}
            style={{ minWidth: token.screenXS }}
            options={items.map((programme) => ({ value: programme.id, label: programme.title }))}
            aria-label={t('programmeDashboard:choose')}
          />
        ) : programmeId ? (
          <Link to={`/programmes/${programmeId}`}>{items[0]?.title}</Link>
        ) : null
      }
    >
      {programmeId ? (
        <ProgrammeDashboard programmeId={programmeId} />
      ) : (
        <Empty description={t('programmeDashboard:noActiveProgramme')} />
      )}
    </ProCard>
  );
}
