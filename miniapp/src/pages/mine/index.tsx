import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { api } from '../../api/client'
import type { Report } from '../../api/types'
import ReportCard from '../../components/ReportCard'
import TopBar from '../../components/TopBar'
import { Empty, ErrorNotice, Loading } from '../../components/States'
import { go, useLoad } from '../../components/useLoad'

/** 「我的反映」, or with ?scope=group the 联户长's group this month. */
export default function Mine() {
  const group = useRouter().params.scope === 'group'
  const { data, loading, error, reload } = useLoad(
    () => api.get<{ reports: Report[] }>(group ? '/api/reports?scope=group' : '/api/reports').then((r) => r.reports || []),
    [group]
  )
  if (group) Taro.setNavigationBarTitle({ title: '本组反映' }).catch(() => undefined)

  return (
    <View className='page' data-testid='mine'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>{group ? '本组本月的反映' : '我的反映'}</View>
        <View className='page-desc'>点一条可以看进度、补充说明、评价。</View>
      </View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !data.length ? (
        <Empty text={group ? '本月本组还没有人反映问题。' : '您还没有反映过问题。'}>
          <View className='btn btn-primary btn-block' onClick={() => go(group ? '/pages/report/index?behalf=1' : '/pages/report/index')}>
            {group ? '代住户反映' : '我要反映'}
          </View>
        </Empty>
      ) : null}
      {(data || []).map((r) => (
        <ReportCard key={r.ticket} report={r} onClick={() => go(`/pages/detail/index?ticket=${encodeURIComponent(r.ticket)}`)} />
      ))}
      <View className='footer-links'>
        <Text className='link' id='privacy-delete' onClick={() => go('/pages/privacy/index')}>
          隐私说明 · 删除我的信息
        </Text>
      </View>
    </View>
  )
}
