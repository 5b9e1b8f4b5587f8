import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiRequestError, unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf, type ResponseBody } from '../../app/api/types';

export const auditKeys = { all: ['audit-logs'] as const };

export type AuditLogEntry = ResponseBody<'/api/audit-logs', 'get'>['items'][number];
export type AuditLogQuery = QueryOf<'/api/audit-logs', 'get'>;
export type AuditLogFilter = Omit<AuditLogQuery, 'page' | 'pageSize'>;
export type ExportFormat = QueryOf<'/api/audit-logs/export', 'get'>['format'];

export function listAuditLogs(query: AuditLogQuery) {
  return unwrap(api.GET('/api/audit-logs', { params: { query } }));
}

/** The chain's state as the auditor's home shows it: checked when the home opens, and on demand. */
export function useAuditChainState() {
  return useQuery({
    queryKey: [...auditKeys.all, 'verify'],
    queryFn: () => unwrap(api.GET('/api/audit-logs/verify')),
    staleTime: 60_000,
  });
}

/** A page of the log for the auditor's home (counts and the latest entries of one kind). */
export function useAuditLogPage(query: AuditLogQuery) {
  return useQuery({ queryKey: [...auditKeys.all, 'page', query], queryFn: () => listAuditLogs(query) });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => unwrap(api.GET('/api/audit-logs/verify')) });
}

function fileNameOf(response: Response, format: ExportFormat): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return plain ?? `audit-log.${format}`;
}

/** Downloads the filtered audit log through the authenticated client and saves it as a file. */
export function useExportAuditLog() {
  return useMutation({
    mutationFn: async ({ format, filter }: { format: ExportFormat; filter: AuditLogFilter }) => {
      const { data, error, response } = await api.GET('/api/audit-logs/export', {
        params: { query: { ...filter, format } },
        parseAs: 'blob',
      });
      if (!response.ok || !(data instanceof Blob)) throw new ApiRequestError(response.status, error);
      const url = URL.createObjectURL(data);
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = fileNameOf(response, format);
        document.body.append(link);
        link.click();
        link.remove();
      } finally {
        // Give the browser a moment to start the download before the URL goes away.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    },
  });
}
