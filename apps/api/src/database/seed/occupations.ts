import { type EntityManager } from 'typeorm';
import { OccupationEntity } from '../../modules/occupations/occupation.entity';

export interface SeedOccupation {
  code: string;
  nameZh: string;
  nameEn: string;
  urgentlyNeeded: boolean;
}

/**
 * The starter catalogue: occupations of 《中华人民共和国职业分类大典》 (2022 edition) that Qingdao's
 * manufacturing (machinery, shipbuilding, rail vehicles, household appliances, automotive) and
 * services employ. Codes and Chinese names are the catalogue's own; English names are ours.
 * Administrators import the full catalogue (1,636 occupations) from xlsx.
 *
 * `urgentlyNeeded` is demonstration data: it marks the occupations named in the national
 * 「最缺工的100个职业排行」 for 2022 Q3 and Q4 (中国就业培训技术指导中心, published by the Ministry of
 * Human Resources and Social Security on 2022-11-01 and 2023-01-18), not the city's own 急需紧缺
 * list, which the bureau imports in its place.
 */
export const SEED_OCCUPATIONS: readonly SeedOccupation[] = [
  // 2-02 工程技术人员 (technical posts)
  {
    code: '2-02-07-01',
    nameZh: '机械设计工程技术人员',
    nameEn: 'Mechanical design engineer',
    urgentlyNeeded: false,
  },
  {
    code: '2-02-07-02',
    nameZh: '机械制造工程技术人员',
    nameEn: 'Mechanical manufacturing engineer',
    urgentlyNeeded: false,
  },
  {
    code: '2-02-07-07',
    nameZh: '自动控制工程技术人员',
    nameEn: 'Automation and control engineer',
    urgentlyNeeded: false,
  },
  { code: '2-02-07-09', nameZh: '焊接工程技术人员', nameEn: 'Welding engineer', urgentlyNeeded: false },
  {
    code: '2-02-07-12',
    nameZh: '船舶工程技术人员',
    nameEn: 'Marine engineer (shipbuilding)',
    urgentlyNeeded: false,
  },
  {
    code: '2-02-10-03',
    nameZh: '计算机软件工程技术人员',
    nameEn: 'Software engineer',
    urgentlyNeeded: false,
  },
  // 4 社会生产服务和生活服务人员
  { code: '4-01-02-01', nameZh: '营销员', nameEn: 'Sales representative', urgentlyNeeded: true },
  { code: '4-01-06-01', nameZh: '电子商务师', nameEn: 'E-commerce specialist', urgentlyNeeded: false },
  { code: '4-01-06-02', nameZh: '互联网营销师', nameEn: 'Internet marketer', urgentlyNeeded: false },
  {
    code: '4-02-02-02',
    nameZh: '道路货运汽车驾驶员',
    nameEn: 'Road freight truck driver',
    urgentlyNeeded: true,
  },
  { code: '4-02-05-01', nameZh: '装卸搬运工', nameEn: 'Loader and handler', urgentlyNeeded: true },
  { code: '4-02-06-01', nameZh: '仓储管理员', nameEn: 'Warehouse keeper', urgentlyNeeded: false },
  { code: '4-02-06-03', nameZh: '物流服务师', nameEn: 'Logistics service specialist', urgentlyNeeded: false },
  { code: '4-02-06-05', nameZh: '供应链管理师', nameEn: 'Supply chain manager', urgentlyNeeded: false },
  { code: '4-02-07-08', nameZh: '快递员', nameEn: 'Courier', urgentlyNeeded: true },
  { code: '4-02-07-09', nameZh: '快件处理员', nameEn: 'Parcel sorter', urgentlyNeeded: true },
  { code: '4-03-01-02', nameZh: '客房服务员', nameEn: 'Room attendant', urgentlyNeeded: false },
  { code: '4-03-02-01', nameZh: '中式烹调师', nameEn: 'Chinese cuisine cook', urgentlyNeeded: false },
  { code: '4-03-02-02', nameZh: '中式面点师', nameEn: 'Chinese pastry cook', urgentlyNeeded: false },
  { code: '4-03-02-05', nameZh: '餐厅服务员', nameEn: 'Restaurant server', urgentlyNeeded: true },
  { code: '4-09-08-01', nameZh: '保洁员', nameEn: 'Cleaner', urgentlyNeeded: true },
  { code: '4-10-01-05', nameZh: '养老护理员', nameEn: 'Elderly care worker', urgentlyNeeded: false },
  { code: '4-10-01-06', nameZh: '家政服务员', nameEn: 'Domestic service worker', urgentlyNeeded: true },
  { code: '4-12-01-01', nameZh: '汽车维修工', nameEn: 'Motor vehicle mechanic', urgentlyNeeded: false },
  {
    code: '4-12-03-01',
    nameZh: '家用电器产品维修工',
    nameEn: 'Household appliance repairer',
    urgentlyNeeded: false,
  },
  // 6-18 机械制造基础加工人员
  { code: '6-18-01-01', nameZh: '车工', nameEn: 'Lathe operator', urgentlyNeeded: true },
  { code: '6-18-01-02', nameZh: '铣工', nameEn: 'Milling machine operator', urgentlyNeeded: false },
  { code: '6-18-01-04', nameZh: '磨工', nameEn: 'Grinding machine operator', urgentlyNeeded: false },
  { code: '6-18-01-05', nameZh: '镗工', nameEn: 'Boring machine operator', urgentlyNeeded: false },
  {
    code: '6-18-01-07',
    nameZh: '多工序数控机床操作调整工',
    nameEn: 'Multi-process CNC machine tool operator',
    urgentlyNeeded: false,
  },
  { code: '6-18-01-10', nameZh: '下料工', nameEn: 'Blanking worker', urgentlyNeeded: false },
  { code: '6-18-01-11', nameZh: '铆工', nameEn: 'Riveter and plate fabricator', urgentlyNeeded: true },
  { code: '6-18-01-12', nameZh: '冲压工', nameEn: 'Press operator', urgentlyNeeded: false },
  {
    code: '6-18-01-13',
    nameZh: '增材制造设备操作员',
    nameEn: 'Additive manufacturing equipment operator',
    urgentlyNeeded: false,
  },
  { code: '6-18-02-01', nameZh: '铸造工', nameEn: 'Foundry worker', urgentlyNeeded: false },
  { code: '6-18-02-02', nameZh: '锻造工', nameEn: 'Forging worker', urgentlyNeeded: true },
  { code: '6-18-02-03', nameZh: '金属热处理工', nameEn: 'Metal heat treater', urgentlyNeeded: false },
  { code: '6-18-02-04', nameZh: '焊工', nameEn: 'Welder', urgentlyNeeded: true },
  { code: '6-18-03-03', nameZh: '涂装工', nameEn: 'Coating and painting worker', urgentlyNeeded: false },
  { code: '6-18-04-01', nameZh: '模具工', nameEn: 'Die and mould maker', urgentlyNeeded: true },
  { code: '6-18-04-06', nameZh: '工具钳工', nameEn: 'Tool fitter', urgentlyNeeded: false },
  // 6-20 … 6-26 设备制造人员
  { code: '6-20-01-01', nameZh: '装配钳工', nameEn: 'Assembly fitter', urgentlyNeeded: false },
  { code: '6-20-01-03', nameZh: '齿轮制造工', nameEn: 'Gear maker', urgentlyNeeded: false },
  {
    code: '6-20-03-01',
    nameZh: '机床装调维修工',
    nameEn: 'Machine tool assembler and repairer',
    urgentlyNeeded: false,
  },
  {
    code: '6-20-05-07',
    nameZh: '制冷空调设备装配工',
    nameEn: 'Refrigeration and air-conditioning equipment assembler',
    urgentlyNeeded: false,
  },
  {
    code: '6-21-01-02',
    nameZh: '工程机械装配调试工',
    nameEn: 'Construction machinery assembler and tester',
    urgentlyNeeded: false,
  },
  {
    code: '6-22-01-01',
    nameZh: '汽车生产线操作工',
    nameEn: 'Automotive production line operator',
    urgentlyNeeded: true,
  },
  { code: '6-22-02-01', nameZh: '汽车装调工', nameEn: 'Vehicle assembler and tester', urgentlyNeeded: false },
  {
    code: '6-23-01-02',
    nameZh: '铁路车辆制修工',
    nameEn: 'Railway vehicle builder and repairer',
    urgentlyNeeded: false,
  },
  {
    code: '6-23-01-03',
    nameZh: '动车组制修师',
    nameEn: 'EMU train builder and repairer',
    urgentlyNeeded: false,
  },
  { code: '6-23-02-01', nameZh: '金属船体制造工', nameEn: 'Steel hull fabricator', urgentlyNeeded: false },
  { code: '6-23-02-02', nameZh: '船舶机械装配工', nameEn: 'Marine machinery fitter', urgentlyNeeded: false },
  { code: '6-23-02-03', nameZh: '船舶电气装配工', nameEn: 'Marine electrical fitter', urgentlyNeeded: false },
  {
    code: '6-24-02-02',
    nameZh: '高低压电器及成套设备装配工',
    nameEn: 'Switchgear and control panel assembler',
    urgentlyNeeded: false,
  },
  { code: '6-24-05-01', nameZh: '家用电冰箱制造工', nameEn: 'Refrigerator assembler', urgentlyNeeded: false },
  { code: '6-24-05-02', nameZh: '空调器制造工', nameEn: 'Air conditioner assembler', urgentlyNeeded: false },
  { code: '6-24-05-03', nameZh: '洗衣机制造工', nameEn: 'Washing machine assembler', urgentlyNeeded: false },
  {
    code: '6-25-04-05',
    nameZh: '智能硬件装调员',
    nameEn: 'Smart hardware assembler and tester',
    urgentlyNeeded: false,
  },
  {
    code: '6-25-04-07',
    nameZh: '电子设备装接工',
    nameEn: 'Electronic equipment wiring assembler',
    urgentlyNeeded: false,
  },
  {
    code: '6-25-04-09',
    nameZh: '物联网安装调试员',
    nameEn: 'IoT installer and tester',
    urgentlyNeeded: false,
  },
  { code: '6-26-01-01', nameZh: '仪器仪表制造工', nameEn: 'Instrument maker', urgentlyNeeded: true },
  // 6-28 … 6-30 电力、建筑施工、工程机械操作
  { code: '6-28-01-14', nameZh: '变配电运行值班员', nameEn: 'Substation operator', urgentlyNeeded: false },
  { code: '6-29-01-03', nameZh: '混凝土工', nameEn: 'Concrete worker', urgentlyNeeded: false },
  { code: '6-29-01-04', nameZh: '钢筋工', nameEn: 'Steel fixer', urgentlyNeeded: false },
  { code: '6-29-01-05', nameZh: '架子工', nameEn: 'Scaffolder', urgentlyNeeded: false },
  {
    code: '6-29-01-06',
    nameZh: '装配式建筑施工员',
    nameEn: 'Prefabricated building constructor',
    urgentlyNeeded: false,
  },
  {
    code: '6-29-03-02',
    nameZh: '电气设备安装工',
    nameEn: 'Electrical equipment installer',
    urgentlyNeeded: false,
  },
  {
    code: '6-29-03-03',
    nameZh: '电梯安装维修工',
    nameEn: 'Lift installer and repairer',
    urgentlyNeeded: false,
  },
  {
    code: '6-30-05-01',
    nameZh: '起重装卸机械操作工',
    nameEn: 'Crane and loading machinery operator',
    urgentlyNeeded: false,
  },
  { code: '6-30-05-02', nameZh: '起重工', nameEn: 'Rigger', urgentlyNeeded: false },
  // 6-31 生产辅助人员
  { code: '6-31-01-01', nameZh: '设备点检员', nameEn: 'Equipment inspector', urgentlyNeeded: false },
  { code: '6-31-01-02', nameZh: '机修钳工', nameEn: 'Maintenance fitter', urgentlyNeeded: false },
  { code: '6-31-01-03', nameZh: '电工', nameEn: 'Electrician', urgentlyNeeded: false },
  { code: '6-31-01-04', nameZh: '仪器仪表维修工', nameEn: 'Instrument repairer', urgentlyNeeded: false },
  {
    code: '6-31-01-10',
    nameZh: '机电设备维修工',
    nameEn: 'Electromechanical equipment repairer',
    urgentlyNeeded: false,
  },
  { code: '6-31-02-01', nameZh: '船舶修理工', nameEn: 'Ship repairer', urgentlyNeeded: false },
  {
    code: '6-31-03-04',
    nameZh: '无损检测员',
    nameEn: 'Non-destructive testing inspector',
    urgentlyNeeded: false,
  },
  { code: '6-31-03-05', nameZh: '质检员', nameEn: 'Quality inspector', urgentlyNeeded: false },
  { code: '6-31-05-00', nameZh: '包装工', nameEn: 'Packer', urgentlyNeeded: true },
  { code: '6-31-06-00', nameZh: '安全员', nameEn: 'Safety officer', urgentlyNeeded: false },
  {
    code: '6-31-07-01',
    nameZh: '工业机器人系统运维员',
    nameEn: 'Industrial robot system maintenance technician',
    urgentlyNeeded: false,
  },
  {
    code: '6-31-07-02',
    nameZh: '工业视觉系统运维员',
    nameEn: 'Industrial vision system maintenance technician',
    urgentlyNeeded: false,
  },
  {
    code: '6-31-07-03',
    nameZh: '工业机器人系统操作员',
    nameEn: 'Industrial robot system operator',
    urgentlyNeeded: false,
  },
];

/**
 * Inserts the codes the catalogue lacks. Reference data, loaded in demo and production alike;
 * a code the administrator edited or deleted is left as it is.
 */
export async function seedOccupations(manager: EntityManager): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(OccupationEntity)
    .values([...SEED_OCCUPATIONS])
    .orIgnore()
    .execute();
  return (result.raw as unknown[]).length;
}
