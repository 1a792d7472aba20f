import type { Role } from '../people/roles.js';
import type { GeoPolygon } from '../storage/schema.js';

/**
 * The demo town: 青山县 with a street office (小区) and a rural town (村/组). Names, places and
 * phone numbers are invented; boundaries are rough rectangles so routing by location can be tried.
 */
export const DEMO_COUNTY = { code: 'QS', name: '青山县' };

export const DEMO_TOWNSHIPS = [
  { code: 'QS-CG', name: '城关街道', kind: 'street' as const },
  { code: 'QS-SQ', name: '石桥镇', kind: 'town' as const },
];

function box(lng: number, lat: number, size = 0.004): GeoPolygon {
  return {
    type: 'Polygon',
    coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
  };
}

export const DEMO_GRIDS = [
  { code: 'CG-01', township: 'QS-CG', name: '幸福社区第一网格', areas: ['幸福小区1-5栋', '幸福路'], boundary: box(114.30, 30.60) },
  { code: 'CG-02', township: 'QS-CG', name: '幸福社区第二网格', areas: ['幸福小区6-12栋', '幸福菜市场'], boundary: box(114.304, 30.60) },
  { code: 'CG-03', township: 'QS-CG', name: '锦绣社区网格', areas: ['锦绣花园', '锦绣路', '锦绣小学'], boundary: box(114.308, 30.60) },
  { code: 'CG-04', township: 'QS-CG', name: '东湖社区网格', areas: ['东湖小区', '东湖公园', '人民路'], boundary: box(114.30, 30.604) },
  { code: 'CG-05', township: 'QS-CG', name: '南街社区网格', areas: ['南街', '老街', '南街农贸市场', '和平里'], boundary: box(114.304, 30.604) },
  { code: 'SQ-01', township: 'QS-SQ', name: '李家村第一网格', areas: ['李家村1-3组'], boundary: box(114.40, 30.70, 0.01) },
  { code: 'SQ-02', township: 'QS-SQ', name: '李家村第二网格', areas: ['李家村4-6组'], boundary: box(114.41, 30.70, 0.01) },
  { code: 'SQ-03', township: 'QS-SQ', name: '石桥村网格', areas: ['石桥村', '石桥镇中心小学', '石桥老街'], boundary: box(114.42, 30.70, 0.01) },
  { code: 'SQ-04', township: 'QS-SQ', name: '王庄村网格', areas: ['王庄村1-5组', '王庄水库'], boundary: box(114.43, 30.70, 0.01) },
];

export interface DemoPerson {
  name: string;
  phone: string;
  roles: Role[];
  grid?: string;
  township?: string;
  address?: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { name: '赵德明', phone: '13800000001', roles: ['county_staff'] },
  { name: '孙丽华', phone: '13800000002', roles: ['centre_staff'], township: 'QS-CG' },
  { name: '周建国', phone: '13800000003', roles: ['centre_staff'], township: 'QS-CG' },
  { name: '吴晓燕', phone: '13800000004', roles: ['centre_staff'], township: 'QS-SQ' },
  { name: '张伟', phone: '13900000101', roles: ['grid_worker', 'grid_leader'], grid: 'CG-01' },
  { name: '刘芳', phone: '13900000102', roles: ['grid_worker'], grid: 'CG-01' },
  { name: '陈静', phone: '13900000103', roles: ['grid_worker', 'grid_leader'], grid: 'CG-02' },
  { name: '杨磊', phone: '13900000104', roles: ['grid_worker'], grid: 'CG-03' },
  { name: '黄秀英', phone: '13900000105', roles: ['grid_worker'], grid: 'CG-04' },
  { name: '何志强', phone: '13900000106', roles: ['grid_worker'], grid: 'CG-05' },
  { name: '李春生', phone: '13900000107', roles: ['grid_worker', 'grid_leader'], grid: 'SQ-01' },
  { name: '李桂兰', phone: '13900000108', roles: ['grid_worker'], grid: 'SQ-02' },
  { name: '石玉梅', phone: '13900000109', roles: ['grid_worker'], grid: 'SQ-03' },
  { name: '王国栋', phone: '13900000110', roles: ['grid_worker'], grid: 'SQ-04' },
  { name: '王秀兰', phone: '13700000201', roles: ['resident', 'household_leader'], grid: 'CG-01', address: '幸福小区3栋1单元' },
  { name: '李建华', phone: '13700000202', roles: ['resident', 'household_leader'], grid: 'SQ-01', address: '李家村二组' },
  { name: '马玉珍', phone: '13700000203', roles: ['resident', 'household_leader'], grid: 'CG-04', address: '东湖小区8栋' },
  { name: '陈大爷', phone: '13700000301', roles: ['resident'], grid: 'CG-01', address: '幸福小区5栋2单元' },
  { name: '林小雨', phone: '13700000302', roles: ['resident'], grid: 'CG-01', address: '幸福小区2栋' },
  { name: '郭桂芝', phone: '13700000303', roles: ['resident'], grid: 'CG-02', address: '幸福小区9栋' },
  { name: '宋志远', phone: '13700000304', roles: ['resident'], grid: 'CG-03', address: '锦绣花园6栋' },
  { name: '唐婉清', phone: '13700000305', roles: ['resident'], grid: 'CG-04', address: '东湖小区3栋' },
  { name: '韩立军', phone: '13700000306', roles: ['resident'], grid: 'CG-05', address: '南街45号' },
  { name: '李满仓', phone: '13700000307', roles: ['resident'], grid: 'SQ-01', address: '李家村三组' },
  { name: '李翠花', phone: '13700000308', roles: ['resident'], grid: 'SQ-02', address: '李家村五组' },
  { name: '石老根', phone: '13700000309', roles: ['resident'], grid: 'SQ-03', address: '石桥村12号' },
  { name: '王春花', phone: '13700000310', roles: ['resident'], grid: 'SQ-04', address: '王庄村二组' },
  { name: '冯晓东', phone: '13700000311', roles: ['resident'], grid: 'CG-01', address: '幸福小区1栋' },
  { name: '曹阿姨', phone: '13700000312', roles: ['resident'], grid: 'CG-04', address: '东湖小区8栋' },
];

/** 十联户: a leader and the households they look after (by phone of the household member). */
export const DEMO_HOUSEHOLD_GROUPS = [
  { name: '幸福小区3栋十联户', grid: 'CG-01', leader: '13700000201', members: ['13700000301', '13700000302', '13700000311'] },
  { name: '李家村二组十联户', grid: 'SQ-01', leader: '13700000202', members: ['13700000307'] },
  { name: '东湖小区8栋十联户', grid: 'CG-04', leader: '13700000203', members: ['13700000305', '13700000312'] },
];
