import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { api } from '../api/client'
import { go } from './useLoad'

/** Once per device: after it has been shown, the home page no longer carries it. */
const SEEN_KEY = 'gm_privacy_seen'

function seen(): boolean {
  try {
    return !!Taro.getStorageSync(SEEN_KEY)
  } catch {
    return false
  }
}

/**
 * The privacy notice at first login: one line (the same text the WeChat bot sends at first
 * contact, from GET /api/privacy) and a link to the full explanation with the deletion option.
 */
export default function PrivacyNotice() {
  const [notice, setNotice] = useState<string | null>(null)
  const [open, setOpen] = useState(() => !seen())

  useEffect(() => {
    if (!open) return
    api
      .get<{ notice: string }>('/api/privacy')
      .then((res) => setNotice(res.notice))
      .catch(() => setNotice('我们只为处理您反映的事项使用您的信息，电话号码等个人信息不会公开。'))
    // Shown is enough to count as seen: it does not come back on the next visit.
    Taro.setStorageSync(SEEN_KEY, '1')
  }, [open])

  if (!open || !notice) return null
  return (
    <View className='notice notice-info' data-testid='privacy-notice'>
      <View>{notice}</View>
      <View className='mt12'>
        <Text className='link' id='privacy-more' onClick={() => go('/pages/privacy/index')}>
          隐私说明与删除我的信息 ›
        </Text>
        <Text className='link' id='privacy-ok' style={{ marginLeft: '16px' }} onClick={() => setOpen(false)}>
          知道了
        </Text>
      </View>
    </View>
  )
}
