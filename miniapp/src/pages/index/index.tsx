import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { errorText, getToken } from '../../api/client'
import { getCachedPerson, isLeader, isStaff, isWorker, loadMe, logout } from '../../api/session'
import { ROLE_LABELS } from '../../api/labels'
import type { Person } from '../../api/types'
import { ErrorNotice, Loading } from '../../components/States'
import { go } from '../../components/useLoad'
import PrivacyNotice from '../../components/PrivacyNotice'

interface Tile {
  id: string
  icon: string
  color: string
  title: string
  desc: string
  url: string
}

function tilesFor(p: Person): Tile[] {
  const tiles: Tile[] = [
    { id: 'tile-report', icon: '报', color: '#07c160', title: '我要反映', desc: '说说遇到的问题', url: '/pages/report/index' },
    { id: 'tile-mine', icon: '查', color: '#1677ff', title: '我的反映', desc: '查看办理进度', url: '/pages/mine/index' },
    { id: 'tile-legal', icon: '法', color: '#8a5cf5', title: '法律咨询', desc: '问问法律怎么说', url: '/pages/legal/index' }
  ]
  if (isLeader(p)) {
    tiles.push({ id: 'tile-behalf', icon: '代', color: '#fa9d3b', title: '代户反映', desc: '替本组住户登记', url: '/pages/report/index?behalf=1' })
    tiles.push({ id: 'tile-group', icon: '组', color: '#10aeff', title: '本组反映', desc: '本月本组的问题', url: '/pages/mine/index?scope=group' })
  }
  if (isWorker(p)) {
    tiles.unshift({ id: 'tile-tasks', icon: '办', color: '#07c160', title: '我的任务', desc: '按期限处理', url: '/pages/tasks/index' })
  }
  if (isStaff(p)) {
    tiles.unshift(
      { id: 'tile-dashboard', icon: '统', color: '#1677ff', title: '数据看板', desc: '统计与超期', url: '/pages/dashboard/index' },
      { id: 'tile-triage', icon: '分', color: '#fa9d3b', title: '分拣队列', desc: '待人工分类', url: '/pages/triage/index' },
      { id: 'tile-admin', icon: '管', color: '#576b95', title: '管理', desc: '网格、人员、联户组', url: '/pages/admin/index' }
    )
  }
  return tiles
}

export default function Index() {
  const [person, setPerson] = useState<Person | null>(getCachedPerson())
  const [error, setError] = useState('')

  useDidShow(() => {
    if (!getToken()) {
      Taro.reLaunch({ url: '/pages/login/index' })
      return
    }
    setError('')
    loadMe()
      .then((p) => {
        if (!p) Taro.reLaunch({ url: '/pages/login/index' })
        else setPerson(p)
      })
      .catch((e) => setError(errorText(e)))
  })

  if (!person) {
    return <View className='page'>{error ? <ErrorNotice text={error} onRetry={() => Taro.reLaunch({ url: '/pages/index/index' })} /> : <Loading />}</View>
  }

  const roles = (person.roleLabels?.length ? person.roleLabels : (person.roles || []).map((r) => ROLE_LABELS[r] || r)).join('、')
  return (
    <View className='page' data-testid='home'>
      <View className='page-head'>
        <View className='page-title'>您好，{person.name}</View>
        <View className='page-desc'>
          {roles}
          {person.gridName ? ` · ${person.gridName}` : ''}
        </View>
      </View>
      {error ? <ErrorNotice text={error} /> : null}
      <PrivacyNotice />
      <View className='tiles'>
        {tilesFor(person).map((t) => (
          <View className='tile' key={t.id}>
            <View className='tile-in' id={t.id} onClick={() => go(t.url)}>
              <View className='tile-icon' style={{ background: t.color }}>
                {t.icon}
              </View>
              <View className='tile-title'>{t.title}</View>
              <View className='tile-desc'>{t.desc}</View>
            </View>
          </View>
        ))}
      </View>
      <View className='notice notice-info'>
        遇到正在发生的危险，请直接拨打 <Text className='strong'>110</Text>（报警）、<Text className='strong'>119</Text>（火警）、
        <Text className='strong'>120</Text>（急救）。
      </View>
      <View className='footer-links' onClick={logout}>
        <Text className='link'>退出登录</Text>
      </View>
    </View>
  )
}
