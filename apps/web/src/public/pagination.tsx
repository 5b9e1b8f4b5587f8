import { useTranslation } from 'react-i18next';

export interface PaginationProps {
  total: number;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  onChange: (page: number, pageSize: number) => void;
}

/** The page numbers to offer: all of up to 7 pages, else the first, the last and two around the current one. */
export function pageItems(page: number, pages: number): (number | 'gap')[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, index) => index + 1);
  const from = Math.max(2, Math.min(page - 2, pages - 5));
  const to = Math.min(pages - 1, Math.max(page + 2, 6));
  const middle = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  return [
    1,
    ...(from > 2 ? ['gap' as const] : []),
    ...middle,
    ...(to < pages - 1 ? ['gap' as const] : []),
    pages,
  ];
}

/** antd's Pagination with its size changer, for the public pages: buttons, a native select. */
export function Pagination({
  total,
  page,
  pageSize,
  pageSizes = [10, 20, 50, 100],
  onChange,
}: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav
      className="public-pagination"
      aria-label={t('public.pagination.label')}
      data-testid="public-pagination"
    >
      <span className="public-pagination__total">{t('public.pagination.total', { total })}</span>
      <button
        type="button"
        className="public-pagination__item"
        aria-label={t('public.pagination.previous')}
        disabled={page <= 1}
        onClick={() => onChange(page - 1, pageSize)}
      >
        ‹
      </button>
      {pageItems(page, pages).map((item, index) =>
        item === 'gap' ? (
          <span key={`gap-${index}`} className="public-pagination__gap" aria-hidden>
            …
          </span>
        ) : (
          <button
            key={item}
            type="button"
            className="public-pagination__item"
            aria-label={t('public.pagination.page', { page: item })}
            aria-current={item === page ? 'page' : undefined}
            onClick={() => onChange(item, pageSize)}
          >
            {item}
          </button>
        ),
      )}
      <button
        type="button"
        className="public-pagination__item"
        aria-label={t('public.pagination.next')}
        disabled={page >= pages}
        onClick={() => onChange(page + 1, pageSize)}
      >
        ›
      </button>
      <select
        className="public-select public-select--small"
        aria-label={t('public.pagination.pageSize')}
        value={pageSize}
        onChange={(event) => onChange(1, Number(event.target.value))}
      >
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {t('public.pagination.perPage', { size })}
          </option>
        ))}
      </select>
    </nav>
  );
}
