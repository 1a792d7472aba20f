import Taro from '@tarojs/taro'
import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { api, errorText, getApiBase, getToken, IS_H5 } from '../../api/client'
import { STATUS_LABELS } from '../../api/labels'
import type { Report, Stats } from '../../api/types'
import BarChart from '../../components/BarChart'
import ReportCard from '../../components/ReportCard'
import TopBar from '../../components/TopBar'
import { Empty, ErrorNotice, Loading } from '../../components/States'
import { monthStart, ymd } from '../../components/format'
import { go, useLoad } from '../../components/useLoad'

const RANGES = [
  { key: 'month', label: '本月', from: () => monthStart() },
  { key: 'week', label: '近7天', from: () => new Date(Date.now() - 6 * 86400000) },
  { key: 'd30', label: '近30天', from: () => new Date(Date.now() - 29 * 86400000) },
  { key: 'year', label: '今年', from: () => new Date(new Date().getFullYear(), 0, 1) }
]

function num(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || isNaN(v) ? '—' : Number(v).toFixed(digits).replace(/\.0+$/, '')
}

async function exportCsv(from: string, to: string): Promise<void> {
  const path = `/api/export.csv?from=${from}&to=${to}`
  if (IS_H5) {
    const res = await fetch(path, { headers: { Authorization: `Bearer ${getToken()}` } })
    if (!res.ok) throw new Error(String(res.status))
    const blob = await res.blob()
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `网格事件_${from}_${to}.csv`
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 5000)
    return
  }
  // weapp cannot open a CSV; hand over a link for a computer
  await Taro.setClipboardData({ data: `${getApiBase()}${path}` })
  await Taro.showModal({ title: '链接已复制', content: '请在电脑浏览器登录网格助手网页版后打开此链接下载表格。', showCancel: false })
}

export default function Dashboard() {
  const [from, setFrom] = useState(ymd(monthStart()))
  const [to, setTo] = useState(ymd(new Date()))
  const [range, setRange] = useState('month')
  const [exportError, setExportError] = useState('')
  const stats = useLoad(() => api.get<Stats>(`/api/stats?from=${from}&to=${to}`), [from, to])
  const triage = useLoad(() => api.get<{ reports: Report[] }>('/api/triage').then((r) => r.reports || []), [])
  const s = stats.data

  function pick(key: string) {
    const r = RANGES.find((x) => x.key === key)!
    setRange(key)
    setFrom(ymd(r.from()))
    setTo(ymd(new Date()))
  }

  const total = s ? s.total ?? s.byCategory.reduce((n, c) => n + c.count, 0) : 0
  const fixedPct = s && s.fixed + s.notFixed ? Math.round((s.fixed / (s.fixed + s.notFixed)) * 100) : null

  return (
    <View className='page' data-testid='dashboard'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>数据看板</View>
        <View className='page-desc'>
          {from} 至 {to}
        </View>
      </View>

      <View className='card'>
        <View className='choices'>
          {RANGES.map((r) => (
            <Text key={r.key} className={`choice ${range === r.key ? 'choice-on' : ''}`} onClick={() => pick(r.key)}>
              {r.label}
            </Text>
          ))}
        </View>
        <View className='row mt8'>
          <Picker mode='date' value={from} end={to} onChange={(e) => (setRange(''), setFrom(e.detail.value))}>
            <View className='choice'>从 {from}</View>
          </Picker>
          <Picker mode='date' value={to} start={from} onChange={(e) => (setRange(''), setTo(e.detail.value))}>
            <View className='choice'>到 {to}</View>
          </Picker>
        </View>
      </View>

      {stats.error ? <ErrorNotice text={stats.error} onRetry={stats.reload} /> : null}
      {stats.loading && !s ? <Loading /> : null}
      {s ? (
        <View>
          <View className='card'>
            <View className='kpis'>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className='kpi-num' id='kpi-total'>
                    {total}
                  </View>
                  <View className='kpi-name'>反映总数</View>
                </View>
              </View>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className={`kpi-num ${s.overdue.length ? 'red' : ''}`}>{s.overdue.length}</View>
                  <View className='kpi-name'>超期未办</View>
                </View>
              </View>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className='kpi-num'>{num(s.meanAcceptMinutes, 0)}</View>
                  <View className='kpi-name'>平均接单（分钟）</View>
                </View>
              </View>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className='kpi-num'>{num(s.meanResolveHours)}</View>
                  <View className='kpi-name'>平均办结（小时）</View>
                </View>
              </View>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className='kpi-num'>{num(s.satisfaction?.mean)}</View>
                  <View className='kpi-name'>满意度（{s.satisfaction?.count || 0} 人评）</View>
                </View>
              </View>
              <View className='kpi'>
                <View className='kpi-in'>
                  <View className='kpi-num green'>{fixedPct === null ? '—' : `${fixedPct}%`}</View>
                  <View className='kpi-name'>
                    解决 {s.fixed} / 未解决 {s.notFixed}
                  </View>
                </View>
              </View>
            </View>
          </View>

          <View className='section-title'>按类型</View>
          <View className='card' id='chart-category'>
            {s.byCategory.length ? <BarChart rows={s.byCategory.map((c) => ({ label: c.label, count: c.count }))} /> : <Empty text='这段时间没有反映。' />}
          </View>

          <View className='section-title'>按网格</View>
          <View className='card' id='chart-grid'>
            {s.byGrid.length ? <BarChart color='#1677ff' rows={s.byGrid.map((g) => ({ label: g.gridName || `网格 ${g.gridId}`, count: g.count }))} /> : <Empty text='暂无数据。' />}
          </View>

          {s.byStatus?.length ? (
            <View>
              <View className='section-title'>按状态</View>
              <View className='card'>
                <BarChart color='#fa9d3b' rows={s.byStatus.map((x) => ({ label: x.label || STATUS_LABELS[x.status] || x.status, count: x.count }))} />
              </View>
            </View>
          ) : null}

          <View className='section-title'>反复反映的地点</View>
          <View className='card'>
            {s.topAddresses.length ? (
              s.topAddresses.map((a) => (
                <View className='cell' key={a.address}>
                  <Text className='grow'>{a.address}</Text>
                  <Text className='strong'>{a.count} 次</Text>
                </View>
              ))
            ) : (
              <View className='muted'>没有重复的地点。</View>
            )}
          </View>

          <View className='section-title'>超期未办（{s.overdue.length}）</View>
          {s.overdue.length ? (
            s.overdue.map((r) => <ReportCard key={r.ticket} report={r} showDue onClick={() => go(`/pages/task/index?ticket=${encodeURIComponent(r.ticket)}`)} />)
          ) : (
            <View className='card muted'>没有超期的事件。</View>
          )}
        </View>
      ) : null}

      <View className='section-title'>工作入口</View>
      <View className='card'>
        <View className='btn-row'>
          <View className='btn btn-primary' id='go-triage' onClick={() => go('/pages/triage/index')}>
            分拣队列{triage.data ? `（${triage.data.length}）` : ''}
          </View>
          <View
            className='btn btn-plain'
            id='export-csv'
            onClick={() => {
              setExportError('')
              exportCsv(from, to).catch((e) => setExportError(errorText(e) === errorText(null) ? '导出失败，请稍后再试。' : errorText(e)))
            }}
          >
            导出表格
          </View>
          <View className='btn' onClick={() => go('/pages/admin/index')}>
            管理
          </View>
        </View>
        {exportError ? <View className='hint red'>{exportError}</View> : null}
      </View>
    </View>
  )
}
