import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../core/understanding/details.js';

describe('extractDetails', () => {
  it('finds a compound address, time words and a phone number', () => {
    const d = extractDetails('我家住在桂花园小区12栋3单元，楼下烧烤店每天晚上十点以后还在营业，已经两个月了，电话13912345678');
    expect(d.place).toBe('桂花园小区12栋3单元');
    expect(d.phones).toEqual(['13912345678']);
    expect(d.timeWords).toEqual(expect.arrayContaining(['每天', '晚上', '两个月了']));
    expect(d.forwarded).toBe(false);
  });

  it('finds a village group and the people count', () => {
    const d = extractDetails('石桥村五组有二十多个村民的补偿款还没发');
    expect(d.place).toBe('石桥村五组');
    expect(d.peopleCount).toBe(20);
  });

  it('finds a street address and relative places as a fallback', () => {
    expect(extractDetails('解放路108号门口的井盖没了').place).toBe('解放路108号');
    expect(extractDetails('楼上天天往下扔烟头').place).toBe('楼上');
  });

  it('finds full and short ticket numbers but not years or house numbers', () => {
    expect(extractDetails('我的单号GX20261203-0015处理到哪了').tickets).toEqual(['GX20261203-0015']);
    expect(extractDetails('编号0042那个工单有人管吗').tickets).toEqual(['0042']);
    expect(extractDetails('2026年8栋的事情').tickets).toEqual([]);
  });

  it('sees forwarded messages and who they are for', () => {
    const d = extractDetails('我是联户长，帮5楼刘大爷反映一下，他家暖气不热');
    expect(d.forwarded).toBe(true);
    expect(d.onBehalfOf).toBe('5楼刘大爷');
    expect(extractDetails('转发：村口的桥栏杆断了').forwarded).toBe(true);
    expect(extractDetails('帮我看看这个怎么办').onBehalfOf).toBeNull();
  });

  it('lists the other parties in order, without repeats', () => {
    expect(extractDetails('物业说是楼上的问题，楼上又说找物业').parties).toEqual(['物业', '楼上']);
  });
});
