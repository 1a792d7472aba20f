import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { View, Textarea } from '@tarojs/components'
import { api } from '../../api/client'
import ReportInfo from '../../components/ReportInfo'
import Stars from '../../components/Stars'
import Timeline from '../../components/Timeline'
import TopBar from '../../components/TopBar'
import { ErrorNotice, Notice } from '../../components/States'
import { ReportPlaceholder, useReportPage } from '../../components/useReportPage'

type Panel = '' | 'followup' | 'withdraw' | 'rate' | 'reopen'

const OPEN = ['received', 'triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'escalated', 'transferred', 'reopened']
const WITHDRAWABLE = OPEN
const RATEABLE = ['resolved', 'visited']
const REOPENABLE = ['resolved', 'visited', 'rated']

export default function Detail() {
  const ticket = decodeURIComponent(useRouter().params.ticket || '')
  const { data, loading, error, reload, busy, formError, setFormError, ok, setOk, submit } = useReportPage(ticket)
  const [panel, setPanel] = useState<Panel>('')
  const [note, setNote] = useState('')
  const [stars, setStars] = useState(0)

  function open(p: Panel) {
    setPanel(panel === p ? '' : p)
    setNote('')
    setFormError('')
    setOk('')
  }

  const base = `/api/reports/${encodeURIComponent(ticket)}`

  function send() {
    const n = note.trim()
    let call: () => Promise<any>
    let msg: string
    if (panel === 'followup') {
      if (!n) return setFormError('请写下要补充的内容。')
      call = () => api.post(`${base}/followups`, { text: n })
      msg = '已补充，网格员会看到。'
    } else if (panel === 'withdraw') {
      call = () => api.post(`${base}/actions`, { action: 'withdraw', note: n || undefined })
      msg = '已撤回这条反映。'
    } else if (panel === 'rate') {
      if (!stars) return setFormError('请先点星星打分（1 到 5 颗）。')
      call = () => api.post(`${base}/rating`, { stars, comment: n || undefined })
      msg = '谢谢您的评价！'
    } else if (panel === 'reopen') {
      if (!n) return setFormError('请说明哪里还没解决，网格员会重新办理。')
      // while the 回访 is open, "not solved" is its answer; afterwards it is a plain reopen
      call = () =>
        data?.report.status === 'resolved'
          ? api.post(`${base}/visit`, { fixed: false, comment: n })
          : api.post(`${base}/actions`, { action: 'reopen', note: n })
      msg = '已提交重新办理。'
    } else return
    submit(call, msg).then((done) => {
      if (!done) return
      setPanel('')
      setNote('')
    })
  }

  /** 回访: the resident confirms the problem is really solved. */
  const confirmFixed = () => submit(() => api.post(`${base}/visit`, { fixed: true }), '谢谢确认！欢迎给这次办理打个分。')

  if (!data) return <ReportPlaceholder error={error} loading={loading} reload={reload} />
  const { report, timeline } = data
  const s = report.status
  const rated = !!report.rated || !!report.rating || s === 'rated'

  return (
    <View className='page' data-testid='detail' data-status={s}>
      <TopBar />
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {ok ? <Notice kind='ok'>{ok}</Notice> : null}
      <ReportInfo report={report} />

      <View className='card'>
        <View className='label'>办理进度</View>
        <Timeline events={timeline || []} status={s} />
      </View>

      <View className='card'>
        <View className='btn-row'>
          {s === 'resolved' ? (
            <View className='btn btn-blue' id='confirm-fixed' onClick={confirmFixed}>
              确认已解决
            </View>
          ) : null}
          {RATEABLE.includes(s) && !rated ? (
            <View className='btn btn-primary' id='open-rate' onClick={() => open('rate')}>
              评价
            </View>
          ) : null}
          {OPEN.includes(s) ? (
            <View className='btn btn-plain' id='open-followup' onClick={() => open('followup')}>
              补充说明
            </View>
          ) : null}
          {REOPENABLE.includes(s) ? (
            <View className='btn' id='open-reopen' onClick={() => open('reopen')}>
              没解决，重新办理
            </View>
          ) : null}
          {WITHDRAWABLE.includes(s) ? (
            <View className='btn' id='open-withdraw' onClick={() => open('withdraw')}>
              撤回
            </View>
          ) : null}
        </View>

        {panel ? (
          <View className='mt12' data-testid={`panel-${panel}`}>
            {panel === 'rate' ? (
              <View>
                <View className='label'>对这次办理满意吗？</View>
                <Stars value={stars} onChange={setStars} />
              </View>
            ) : null}
            <View className='label mt12'>
              {panel === 'followup' ? '补充内容' : panel === 'withdraw' ? '撤回原因（选填）' : panel === 'rate' ? '想说的话（选填）' : '哪里还没解决？（必填）'}
            </View>
            <Textarea className='textarea' id='panel-note' value={note} maxlength={500} onInput={(e) => setNote(e.detail.value)} placeholder='请输入' />
            {formError ? <View className='hint red'>{formError}</View> : null}
            <View className={`btn ${panel === 'withdraw' ? 'btn-warn' : 'btn-primary'} btn-block ${busy ? 'btn-disabled' : ''}`} id='panel-submit' onClick={send}>
              {busy ? '正在提交…' : panel === 'withdraw' ? '确认撤回' : panel === 'rate' ? '提交评价' : '提交'}
            </View>
          </View>
        ) : null}
        {!OPEN.includes(s) && !RATEABLE.includes(s) && !REOPENABLE.includes(s) ? <View className='muted'>这条反映已结束，如有新问题请重新反映。</View> : null}
      </View>
    </View>
  )
}
