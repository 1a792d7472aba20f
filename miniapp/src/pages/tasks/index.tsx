import { View, Text } from '@tarojs/components'
import { api } from '../../api/client'
import type { Report } from '../../api/types'
import ReportCard from '../../components/ReportCard'
import TopBar from '../../components/TopBar'
import { Empty, ErrorNotice, Loading } from '../../components/States'
import { go, useLoad } from '../../components/useLoad'

function byDeadline(a: Report, b: Report): number {
  const da = a.dueAt ? Date.parse(a.dueAt) : Infinity
  const db = b.dueAt ? Date.parse(b.dueAt) : Infinity
  return da - db
}

export default function Tasks() {
  const { data, loading, error, reload } = useLoad(() => api.get<{ tasks: Report[] }>('/api/tasks').then((r) => (r.tasks || []).slice().sort(byDeadline)), [])
  const now = Date.now()
  const overdue = (data || []).filter((r) => r.dueAt && Date.parse(r.dueAt) < now).length
  return (
    <View className='page' data-testid='tasks'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>我的任务</View>
        <View className='page-desc'>
          按期限排序，最急的在最上面。
          {overdue ? <Text className='red strong'>有 {overdue} 件已超时！</Text> : null}
        </View>
      </View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !data.length ? <Empty icon='闲' text='暂时没有待办任务。' /> : null}
      {(data || []).map((r) => (
        <ReportCard key={r.ticket} report={r} showDue onClick={() => go(`/pages/task/index?ticket=${encodeURIComponent(r.ticket)}`)} />
      ))}
    </View>
  )
}
