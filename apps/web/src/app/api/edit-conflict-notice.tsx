import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { editConflictOf } from './concurrency';

/**
 * Mounted once: whenever an edit is refused as stale (412), says who changed the record and when,
 * and offers to reload — refetching what is on screen, so edit forms (keyed by the version they
 * were opened with) start again from the current record.
 */
export function EditConflictNotice() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const open = useRef(false);

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error' || open.current) return;
        const conflict = editConflictOf(event.action.error);
        if (!conflict) return;
        open.current = true;
        modal.confirm({
          title: t('editConflict.title'),
          content: conflict.message,
          okText: t('editConflict.reload'),
          cancelText: t('common.cancel'),
          onOk: () => queryClient.invalidateQueries(),
          afterClose: () => {
            open.current = false;
          },
        });
      }),
    [modal, queryClient, t],
  );
  return null;
}
