import Taro from '@tarojs/taro'
import { useState } from 'react'
import { View } from '@tarojs/components'
import { api } from '../api/client'
import type { Report, TimelineEvent } from '../api/types'
import TopBar from './TopBar'
import { ErrorNotice, Loading } from './States'
import { useLoad } from './useLoad'
import { useAction } from './useAction'

/**
 * One report with its timeline, and a way to act on it (the resident's detail page and the
 * worker's task page): the answer shows at once, then the timeline reloads; `busy` stops double
 * taps and `formError` says in Chinese what went wrong.
 */
export function useReportPage(ticket: string) {
  const load = useLoad(() => api.get<{ report: Report; timeline: TimelineEvent[] }>(`/api/reports/${encodeURIComponent(ticket)}`), [ticket])
  const { busy, error: formError, setError: setFormError, run } = useAction()
  const [ok, setOk] = useState('')

  /** Runs one call; true when it succeeded. */
  function submit(call: () => Promise<{ report?: Report } | undefined>, done: string, toast = '已提交'): Promise<boolean> {
    return run(async () => {
      setOk('')
      const res = await call()
      if (res?.report) load.setData((d) => (d ? { ...d, report: res.report! } : d))
      setOk(done)
      Taro.showToast({ title: toast, icon: 'success' })
      load.reload()
    })
  }

  return { ...load, busy, formError, setFormError, ok, setOk, submit }
}

/** The page while the report is not there yet: loading, or the error with a retry. */
export function ReportPlaceholder({ error, loading, reload }: { error: string; loading: boolean; reload: () => void }) {
  return (
    <View className='page'>
      <TopBar />
      {error ? <ErrorNotice text={error} onRetry={reload} /> : loading ? <Loading /> : null}
    </View>
  )
}
