/** Shapes shared by every endpoint. */
export interface FieldError {
  field: string;
  message: string;
  /** uploads: sheet row number, column header and cell value of the problem */
  row?: number;
  column?: string;
  value?: string;
}

/** The one JSON shape of every error the API returns. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details: FieldError[];
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Picks zh-CN or en from an Accept-Language header; zh-CN unless English is preferred. */
export function languageFromHeader(header: string | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}
