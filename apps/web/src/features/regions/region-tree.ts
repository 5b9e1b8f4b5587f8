import { type Language } from '@skillpay/domain';

/** The fields of a region the tree needs (the API's region DTO has them all). */
export interface RegionLike {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string | null;
}

export type RegionNode<R extends RegionLike> = R & { children?: RegionNode<R>[] };

/**
 * Builds the region tree from the API's flat list, ordered by code. A region whose parent is
 * not in the list (e.g. the caller only sees part of the tree) becomes a root.
 */
export function buildRegionTree<R extends RegionLike>(regions: readonly R[]): RegionNode<R>[] {
  const nodes = new Map<string, RegionNode<R>>();
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    nodes.set(region.code, { ...region });
  }
  const roots: RegionNode<R>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export function regionName(region: RegionLike, language: Language): string {
  return language === 'en' ? region.nameEn : region.name;
}

export interface RegionTreeOption {
  value: string;
  title: string;
  children?: RegionTreeOption[];
}

/** antd TreeSelect data, labelled in the UI language with the code for disambiguation. */
export function regionTreeOptions<R extends RegionLike>(
  regions: readonly R[],
  language: Language,
): RegionTreeOption[] {
  const toOption = (node: RegionNode<R>): RegionTreeOption => ({
    value: node.code,
    title: `${regionName(node, language)} (${node.code})`,
    children: node.children?.map(toOption),
  });
  return buildRegionTree(regions).map(toOption);
}
