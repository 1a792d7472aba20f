import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { View, Textarea, Input, Text } from '@tarojs/components'
import { api } from '../../api/client'
import type { Report } from '../../api/types'
import PhotoPicker, { UploadedPhoto } from '../../components/PhotoPicker'
import ReportInfo from '../../components/ReportInfo'
import { getCachedPerson, isStaff, isWorker } from '../../api/session'
import Timeline from '../../components/Timeline'
import TopBar from '../../components/TopBar'
import { ErrorNotice, Notice } from '../../components/States'
import { ReportPlaceholder, useReportPage } from '../../components/useReportPage'

type Action = 'accept' | 'start' | 'wait' | 'resolve' | 'escalate' | 'transfer' | 'return' | 'reject' | 'close'
type Who = 'worker' | 'staff'

/** Mirrors core/workflow/actions.ts (from-states and required fields); the API has the final word. */
const ACTIONS: Record<Action, { label: string; cls: string; from: string[]; who: Who[]; noteLabel?: string; noteRequired?: boolean; instant?: boolean }> = {
  accept: { label: '接单', cls: 'btn-primary', from: ['assigned', 'reopened'], who: ['worker', 'staff'], instant: true },
  start: { label: '开始处置', cls: 'btn-blue', from: ['accepted', 'waiting'], who: ['worker', 'staff'], instant: true },
  resolve: { label: '办结', cls: 'btn-primary', from: ['accepted', 'in_progress', 'escalated', 'transferred', 'reopened'], who: ['worker', 'staff'], noteLabel: '办理结果（必填，居民能看到）', noteRequired: true },
  wait: { label: '请居民补充', cls: 'btn-plain', from: ['accepted', 'in_progress'], who: ['worker'], noteLabel: '需要居民补充什么（必填）', noteRequired: true },
  escalate: { label: '上报', cls: 'btn-plain', from: ['received', 'triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'reopened'], who: ['worker'], noteLabel: '上报原因（必填）', noteRequired: true },
  transfer: { label: '转办', cls: 'btn-plain', from: ['assigned', 'accepted', 'in_progress', 'escalated'], who: ['worker', 'staff'], noteLabel: '转办说明（选填）' },
  return: { label: '退回', cls: 'btn-warn', from: ['assigned', 'accepted'], who: ['worker'], noteLabel: '退回理由（必填，如：不属于本网格）', noteRequired: true },
  reject: { label: '不予受理', cls: 'btn-warn', from: ['received', 'triage', 'escalated'], who: ['staff'], noteLabel: '不予受理的理由（必填，居民能看到）', noteRequired: true },
  close: { label: '关闭', cls: 'btn', from: ['received', 'triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'escalated', 'transferred', 'reopened', 'resolved', 'visited', 'rated'], who: ['staff'], noteLabel: '说明（选填）' }
}

const CLOSE_OUTCOMES: Array<[string, string]> = [
  ['fixed', '已解决'],
  ['duplicate', '重复反映'],
  ['not_responsible', '不属职责'],
  ['referred', '已转交'],
  ['no_action', '无需处理']
]

/** taxonomy §5: where disputes and hazards are usually referred (转办). */
const TRANSFER_TO = ['派出所', '城管综合执法', '市场监管', '人社劳动监察', '妇联', '交警', '住建', '消防', '燃气公司', '供水供电', '生态环境', '司法所']

export default function Task() {
  const ticket = decodeURIComponent(useRouter().params.ticket || '')
  const { data, loading, error, reload, busy, formError, setFormError, ok, setOk, submit } = useReportPage(ticket)
  const [action, setAction] = useState<Action | ''>('')
  const [note, setNote] = useState('')
  const [to, setTo] = useState('')
  const [outcome, setOutcome] = useState('')
  const [photos, setPhotos] = useState<UploadedPhoto[]>([])

  function choose(a: Action) {
    setOk('')
    setFormError('')
    if (ACTIONS[a].instant) {
      run(a)
      return
    }
    setAction(action === a ? '' : a)
    setNote('')
    setTo('')
    setOutcome('')
    setPhotos([])
  }

  async function run(a: Action) {
    if (busy) return
    const def = ACTIONS[a]
    const n = note.trim()
    if (def.noteRequired && !n) return setFormError(`请填写${def.noteLabel?.replace(/（.*）/, '')}。`)
    if (a === 'transfer' && !to.trim()) return setFormError('请选择或填写转办给哪个部门。')
    if (a === 'close' && !outcome) return setFormError('请选择关闭的结果。')
    const body: Record<string, unknown> = { action: a }
    if (n && !def.instant) body.note = n
    if (a === 'transfer') body.to = to.trim()
    if (a === 'close') body.outcome = outcome
    if (a === 'resolve' && photos.length) body.photoIds = photos.map((p) => p.id)
    const sent = await submit(() => api.post<{ report?: Report }>(`/api/reports/${encodeURIComponent(ticket)}/actions`, body), `已${def.label}。`, `已${def.label}`)
    if (sent) setAction('')
  }

  if (!data) return <ReportPlaceholder error={error} loading={loading} reload={reload} />
  const { report, timeline } = data
  const me = getCachedPerson()
  const who: Who[] = [...(isWorker(me) ? (['worker'] as Who[]) : []), ...(isStaff(me) ? (['staff'] as Who[]) : [])]
  const available = (Object.keys(ACTIONS) as Action[]).filter((a) => ACTIONS[a].from.includes(report.status) && ACTIONS[a].who.some((w) => who.includes(w)))

  return (
    <View className='page' data-testid='task' data-status={report.status}>
      <TopBar />
      {ok ? <Notice kind='ok'>{ok}</Notice> : null}
      {formError && !action ? <ErrorNotice text={formError} /> : null}
      <ReportInfo report={report} showDue />

      <View className='card'>
        <View className='label'>处理</View>
        {available.length ? (
          <View className='btn-row'>
            {available.map((a) => (
              <View key={a} className={`btn ${ACTIONS[a].cls} ${busy ? 'btn-disabled' : ''}`} id={`act-${a}`} onClick={() => choose(a)}>
                {ACTIONS[a].label}
              </View>
            ))}
          </View>
        ) : (
          <View className='muted'>当前状态不需要您操作。</View>
        )}

        {action ? (
          <View className='mt12' data-testid={`form-${action}`}>
            {action === 'transfer' ? (
              <View>
                <View className='label'>转办给</View>
                <View className='choices'>
                  {TRANSFER_TO.map((d) => (
                    <Text key={d} className={`choice ${to === d ? 'choice-on' : ''}`} onClick={() => setTo(d)}>
                      {d}
                    </Text>
                  ))}
                </View>
                <Input className='input mt8' id='transfer-to' placeholder='或填写其他部门' value={to} onInput={(e) => setTo(e.detail.value)} />
              </View>
            ) : null}
            {action === 'close' ? (
              <View>
                <View className='label'>结果</View>
                <View className='choices'>
                  {CLOSE_OUTCOMES.map(([k, label]) => (
                    <Text key={k} className={`choice ${outcome === k ? 'choice-on' : ''}`} onClick={() => setOutcome(k)}>
                      {label}
                    </Text>
                  ))}
                </View>
              </View>
            ) : null}
            <View className='label mt12'>{ACTIONS[action].noteLabel}</View>
            <Textarea className='textarea' id='action-note' maxlength={500} value={note} placeholder='请输入' onInput={(e) => setNote(e.detail.value)} />
            {action === 'resolve' ? (
              <View className='mt12'>
                <View className='label'>现场照片（选填，最多 6 张）</View>
                <PhotoPicker photos={photos} onChange={setPhotos} max={6} />
              </View>
            ) : null}
            {formError ? <View className='hint red'>{formError}</View> : null}
            <View className={`btn ${ACTIONS[action].cls === 'btn-warn' ? 'btn-warn' : 'btn-primary'} btn-block ${busy ? 'btn-disabled' : ''}`} id='action-submit' onClick={() => run(action)}>
              {busy ? '正在提交…' : `确认${ACTIONS[action].label}`}
            </View>
          </View>
        ) : null}
      </View>

      <View className='card'>
        <View className='label'>办理记录</View>
        <Timeline events={timeline || []} status={report.status} />
      </View>
    </View>
  )
}
