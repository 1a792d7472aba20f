import { describe, expect, it } from 'vitest';
import { locateGrid } from '../../core/routing/locate-grid.js';
import { matchArea, parseArea } from '../../core/routing/address-matcher.js';
import { pickLeastLoaded } from '../../core/routing/pick-assignee.js';
import { chineseToNumber, normaliseNumerals } from '../../core/text/chinese-numerals.js';
import { DEMO_GRIDS } from '../../core/seed/demo-town.js';
import type { GridRow, PersonRow } from '../../core/storage/schema.js';

const grids: GridRow[] = DEMO_GRIDS.map((g, i) => ({ id: i + 1, township_id: g.township === 'QS-CG' ? 1 : 2, code: g.code, name: g.name, areas: g.areas, boundary: g.boundary }));
const gridName = (id: number | undefined) => grids.find((g) => g.id === id)?.name;
const byText = (text: string) => gridName(locateGrid({ location: null, texts: [text], homeGridId: null }, grids)?.gridId);

describe('Chinese numerals', () => {
  it('reads the forms people write', () => {
    expect(chineseToNumber('三')).toBe(3);
    expect(chineseToNumber('十二')).toBe(12);
    expect(chineseToNumber('一百零五')).toBe(105);
    expect(chineseToNumber('二〇')).toBe(20);
    expect(normaliseNumerals('李家村三组，５栋')).toBe('李家村3组，5栋');
  });
});

describe('routing by address text', () => {
  it('matches a building inside a community range', () => {
    expect(byText('幸福小区5栋楼道里堆满了纸箱')).toBe('幸福社区第一网格');
    expect(byText('幸福小区八栋门口的路灯坏了')).toBe('幸福社区第二网格');
    expect(byText('幸福小区12号楼')).toBe('幸福社区第二网格');
  });
  it('matches village groups written in either numeral', () => {
    expect(byText('李家村三组的井盖没了')).toBe('李家村第一网格');
    expect(byText('李家村5组有人烧秸秆')).toBe('李家村第二网格');
  });
  it('matches communities and streets by name', () => {
    expect(byText('锦绣花园地下车库漏水')).toBe('锦绣社区网格');
    expect(byText('人民路上有人占道摆摊')).toBe('东湖社区网格');
  });
  it('finds nothing for an unknown place or a building outside every range', () => {
    expect(byText('火车站附近有人打架')).toBeUndefined();
    expect(byText('幸福小区30栋')).toBeUndefined();
  });
  it('prefers a building match over a bare community name', () => {
    const area = parseArea('幸福小区1-5栋');
    expect(matchArea(area, '幸福小区3栋')).toBeGreaterThan(matchArea(parseArea('幸福小区'), '幸福小区3栋'));
  });
});

describe('routing precedence', () => {
  it('uses the pin first, then the text, then the home grid', () => {
    const pin = { lat: 30.702, lng: 114.432 }; // inside 王庄村网格
    expect(locateGrid({ location: pin, texts: ['幸福小区5栋'], homeGridId: 3 }, grids)).toEqual({ gridId: 9, method: 'location' });
    expect(locateGrid({ location: { lat: 1, lng: 1 }, texts: ['幸福小区5栋'], homeGridId: 3 }, grids)).toEqual({ gridId: 1, method: 'address' });
    expect(locateGrid({ location: null, texts: ['垃圾没人收'], homeGridId: 3 }, grids)).toEqual({ gridId: 3, method: 'home' });
    expect(locateGrid({ location: null, texts: ['垃圾没人收'], homeGridId: null }, grids)).toBeNull();
  });
});

describe('choosing the worker', () => {
  const worker = (id: number, onDuty = true) => ({ id, on_duty: onDuty }) as PersonRow;
  it('takes the least-loaded worker on duty, lowest id on a tie', () => {
    expect(pickLeastLoaded([worker(1), worker(2), worker(3)], new Map([[1, 4], [2, 1], [3, 1]]))?.id).toBe(2);
    expect(pickLeastLoaded([worker(1), worker(2, false)], new Map([[1, 9]]))?.id).toBe(1);
    expect(pickLeastLoaded([worker(2, false)], new Map())).toBeNull();
  });
});
