import { QINGDAO_REGIONS } from '@skillpay/domain';
import { buildRegionTree, regionTreeOptions } from './region-tree';

describe('region tree', () => {
  it('nests Qingdao under Shandong and its ten districts under Qingdao', () => {
    const tree = buildRegionTree(QINGDAO_REGIONS);
    expect(tree.map((r) => r.code)).toEqual(['370000']);
    const qingdao = tree[0].children?.[0];
    expect(qingdao?.code).toBe('370200');
    expect(qingdao?.children).toHaveLength(10);
    expect(qingdao?.children?.[0].code).toBe('370202');
  });

  it('makes a region whose parent is not visible a root', () => {
    const districts = QINGDAO_REGIONS.filter((r) => r.code === '370211' || r.code === '370212');
    expect(buildRegionTree(districts).map((r) => r.code)).toEqual(['370211', '370212']);
  });

  it('labels options in the UI language with the code', () => {
    const [shandong] = regionTreeOptions(QINGDAO_REGIONS, 'en');
    expect(shandong.title).toBe('Shandong (370000)');
    expect(shandong.children?.[0].children?.find((o) => o.value === '370211')?.title).toBe(
      'Huangdao (370211)',
    );
  });

  it('does not modify the input list', () => {
    const input = QINGDAO_REGIONS.slice(0, 3);
    buildRegionTree(input);
    expect(input.every((r) => !('children' in r))).toBe(true);
  });
});
