import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { View, Picker, Text } from '@tarojs/components'
import { api } from '../../api/client'
import { adminApi, Grid } from '../../api/admin'
import { SUBTYPE_LABELS } from '../../api/labels'
import type { Report } from '../../api/types'
import ReportInfo from '../../components/ReportInfo'
import TopBar from '../../components/TopBar'
import { Empty, ErrorNotice, Loading } from '../../components/States'
import { useLoad } from '../../components/useLoad'
import { useAction } from '../../components/useAction'

const SUBTYPE_CODES = Object.keys(SUBTYPE_LABELS)
const SUBTYPE_NAMES = SUBTYPE_CODES.map((c) => SUBTYPE_LABELS[c])

function TriageItem({ report, grids, onDone }: { report: Report; grids: Grid[]; onDone: () => void }) {
  const [subtype, setSubtype] = useState(report.subtype && SUBTYPE_LABELS[report.subtype] ? report.subtype : '')
  const [gridId, setGridId] = useState<number | null>(report.gridId ?? null)
  const { busy, error, setError, run } = useAction()

  async function save() {
    if (busy) return
    if (!subtype) return setError('请选择事件类型。')
    if (!gridId) return setError('请选择负责的网格。')
    await run(async () => {
      await api.post(`/api/reports/${encodeURIComponent(report.ticket)}/actions`, { action: 'recategorize', subtype, gridId })
      Taro.showToast({ title: '已分派', icon: 'success' })
      onDone()
    })
  }

  const gridIdx = grids.findIndex((g) => g.id === gridId)
  return (
    <View data-testid='triage-item' data-ticket={report.ticket}>
      <ReportInfo report={report} />
      <View className='card' style={{ marginTop: '2px' }}>
        <View className='label'>事件类型</View>
        <Picker mode='selector' range={SUBTYPE_NAMES} value={Math.max(0, SUBTYPE_CODES.indexOf(subtype))} onChange={(e) => setSubtype(SUBTYPE_CODES[Number(e.detail.value)])}>
          <View className='input'>{subtype ? SUBTYPE_LABELS[subtype] : '点此选择'}</View>
        </Picker>
        <View className='label mt12'>负责网格</View>
        {grids.length ? (
          <Picker mode='selector' range={grids.map((g) => g.name)} value={Math.max(0, gridIdx)} onChange={(e) => setGridId(grids[Number(e.detail.value)].id)}>
            <View className='input'>{gridIdx >= 0 ? grids[gridIdx].name : '点此选择'}</View>
          </Picker>
        ) : (
          <Text className='muted'>网格列表暂时读不到，请稍后刷新。</Text>
        )}
        {error ? <View className='hint red'>{error}</View> : null}
        <View className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`} onClick={save}>
          {busy ? '正在提交…' : '确认分类并分派'}
        </View>
      </View>
    </View>
  )
}

export default function Triage() {
  const { data, loading, error, reload } = useLoad(() => api.get<{ reports: Report[] }>('/api/triage').then((r) => r.reports || []), [])
  const [grids, setGrids] = useState<Grid[]>([])
  useEffect(() => {
    adminApi.grids().then(setGrids).catch(() => setGrids([]))
  }, [])
  return (
    <View className='page' data-testid='triage'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>分拣队列</View>
        <View className='page-desc'>系统拿不准类型或网格的反映，请人工确认后分派。</View>
      </View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !data.length ? <Empty icon='✓' text='队列是空的，没有待分拣的反映。' /> : null}
      {(data || []).map((r) => (
        <TriageItem key={r.ticket} report={r} grids={grids} onDone={reload} />
      ))}
    </View>
  )
}
