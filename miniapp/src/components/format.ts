/** Dates in the resident's own terms: 今天 14:05, 昨天 09:30, 3月2日 10:00. */
export function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

export function parseDate(s: string | null | undefined): Date | null {
  if (!s) return null
  const d = new Date(s)
  return isNaN(d.getTime()) ? null : d
}

export function fmtTime(s: string | null | undefined): string {
  const d = parseDate(s)
  if (!d) return ''
  const now = new Date()
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  const day0 = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()
  const t = d.getTime()
  if (t >= day0 && t < day0 + 86400000) return `今天 ${hm}`
  if (t >= day0 - 86400000 && t < day0) return `昨天 ${hm}`
  if (d.getFullYear() === now.getFullYear()) return `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${hm}`
}

/** "还剩 3 小时" / "已超时 2 天" for a deadline. */
export function dueText(s: string | null | undefined, now = Date.now()): { text: string; overdue: boolean } | null {
  const d = parseDate(s)
  if (!d) return null
  const diff = d.getTime() - now
  const abs = Math.abs(diff)
  const span =
    abs >= 86400000 ? `${Math.floor(abs / 86400000)} 天` : abs >= 3600000 ? `${Math.floor(abs / 3600000)} 小时` : `${Math.max(1, Math.floor(abs / 60000))} 分钟`
  return diff < 0 ? { text: `已超时 ${span}`, overdue: true } : { text: `还剩 ${span}`, overdue: false }
}

export function ymd(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function monthStart(d = new Date()): Date {
  return new Date(d.getFullYear(), d.getMonth(), 1)
}
