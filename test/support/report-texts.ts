/**
 * Report texts the offline classifier files confidently under place-bound types, each at its own
 * house number, so routing assigns them instead of merging them as repeats of one place.
 */
const TEMPLATES = [
  (n: number) => `幸福小区${n}号门口的垃圾堆了好几天没人清理`,
  (n: number) => `锦绣路${n}号路灯不亮了，晚上很黑`,
  (n: number) => `南街${n}号下水道堵了，污水冒出来`,
  (n: number) => `东湖小区${n}号门口垃圾桶满了没人收`,
];

export function distinctReportText(n: number): string {
  return TEMPLATES[n % TEMPLATES.length]!(n);
}
