/** A step of a page's breadcrumb after its screen: a segment label key and where it leads. */
export interface TrailStep {
  /** `detail` for a parameter (`:id`), otherwise the static segment itself (`new`, `edit`, `quotas`) */
  segment: string;
  /** the address of the step when it is a page of its own (the last step has none) */
  href?: string;
}

/**
 * The steps below a screen for one of its pages, from the route declarations: `:id/edit` under
 * `/enterprises` for `/enterprises/42/edit` gives 详情 (→ /enterprises/42) then 编辑.
 */
export function breadcrumbTrail(
  screenPath: string,
  pagePaths: readonly string[],
  pattern: string,
  params: Readonly<Record<string, string | undefined>>,
): TrailStep[] {
  const segments = pattern.split('/').filter(Boolean);
  const declared = new Set(pagePaths);
  return segments.map((segment, index) => {
    const prefix = segments.slice(0, index + 1);
    const last = index === segments.length - 1;
    const href = `${screenPath}/${prefix
      .map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part))
      .join('/')}`;
    return {
      segment: segment.startsWith(':') ? 'detail' : segment,
      href: !last && declared.has(prefix.join('/')) ? href : undefined,
    };
  });
}
