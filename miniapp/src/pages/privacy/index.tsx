import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { api, clearSession, getToken } from '../../api/client'
import { getCachedPerson, isStaff, isWorker } from '../../api/session'
import TopBar from '../../components/TopBar'
import { ErrorNotice, Loading } from '../../components/States'
import { useAction } from '../../components/useAction'
import { useLoad } from '../../components/useLoad'

interface Privacy {
  notice: string
  sections: Array<{ title: string; text: string }>
}

/** What is collected and why, and 「删除我的信息」 for residents (staff accounts are closed by the centre). */
export default function PrivacyPage() {
  const { data, loading, error, reload } = useLoad(() => api.get<Privacy>('/api/privacy'), [])
  const { busy, error: failure, run } = useAction()
  const person = getCachedPerson()
  const canDelete = !!getToken() && !isWorker(person) && !isStaff(person)

  async function deleteMyData() {
    if (busy) return
    const { confirm } = await Taro.showModal({
      title: '删除我的信息',
      content: '在办的反映会先撤回，您的姓名、电话、住址和反映中的个人信息将被删除，账号注销后无法恢复。确定删除吗？',
      confirmText: '确认删除',
      confirmColor: '#fa5151'
    })
    if (!confirm) return
    await run(async () => {
      const { result } = await api.post<{ result: { message: string } }>('/api/me/delete', { confirm: true })
      clearSession()
      await Taro.showModal({ title: '已删除', content: result.message, showCancel: false })
      Taro.reLaunch({ url: '/pages/login/index' })
    })
  }

  return (
    <View className='page' data-testid='privacy'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>隐私说明</View>
        {data ? <View className='page-desc'>{data.notice}</View> : null}
      </View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {(data?.sections || []).map((s) => (
        <View className='card' key={s.title}>
          <View className='strong'>{s.title}</View>
          <View className='hint'>{s.text}</View>
        </View>
      ))}
      {failure ? <ErrorNotice text={failure} /> : null}
      {canDelete ? (
        <View className='card'>
          <View className={`btn btn-warn btn-block ${busy ? 'btn-disabled' : ''}`} id='delete-my-data' onClick={deleteMyData}>
            {busy ? '正在删除…' : '删除我的信息'}
          </View>
        </View>
      ) : null}
    </View>
  )
}
