import { useQuery } from '@tanstack/react-query';
import { Select, Space, Typography, theme } from 'antd';
import { Role } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { useCurrentRole } from '../../app/session/session-user';

export interface EvaluableProgramme {
  id: string;
  title: string;
}

/**
 * The programmes the caller may evaluate, newest first, without drafts: the bureaus read the
 * programmes, the reviewers the programme statistics (they read no programme otherwise).
 */
function useEvaluableProgrammes() {
  const role = useCurrentRole();
  return useQuery({
    queryKey: ['evaluation', 'programme-choice', role],
    queryFn: async (): Promise<EvaluableProgramme[]> => {
      if (role === Role.Reviewer) {
        const statistics = await unwrap(api.GET('/api/programme-statistics'));
        return statistics.programmes
          .filter((programme) => programme.status !== 'draft')
          .map(({ id, title }) => ({ id, title }));
      }
      const programmes = await unwrap(api.GET('/api/programmes', { params: { query: {} } }));
      return programmes.items
        .filter((programme) => programme.status !== 'draft')
        .map(({ id, title }) => ({ id, title }));
    },
  });
}

/**
 * The programme a page evaluates, kept in the address (`?programmeId=`) so a link or a reload
 * opens the same one; the first programme offered when none (or one not offered) is named.
 */
export function useChosenProgramme() {
  const [params, setParams] = useSearchParams();
  const programmes = useEvaluableProgrammes();
  const items = programmes.data ?? [];
  const named = params.get('programmeId');
  const programmeId = items.some((item) => item.id === named) ? (named ?? undefined) : items[0]?.id;
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('programmeId', id);
    next.delete('regionCode');
    setParams(next, { replace: true });
  };
  return { programmes, items, programmeId, choose };
}

export interface ProgrammePickerProps {
  chosen: ReturnType<typeof useChosenProgramme>;
}

/**
 * The programme select of an evaluation page, on a line of its own above the content (a long
 * title beside the page's own would squeeze it); not drawn while there is only one programme.
 */
export function ProgrammePicker({ chosen }: ProgrammePickerProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { items, programmeId, choose } = chosen;
  if (items.length <= 1) return null;
  return (
    <Space style={{ marginBottom: token.marginMD }}>
      <Typography.Text>{t('evaluation:programme')}</Typography.Text>
      <Select
        value={programmeId}
        onChange={choose}
        style={{ width: 420, maxWidth: '100%' }}
        options={items.map((programme) => ({ value: programme.id, label: programme.title }))}
        aria-label={t('evaluation:chooseProgramme')}
        data-testid="evaluation-programme"
      />
    </Space>
  );
}
