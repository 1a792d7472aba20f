import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { IS_H5 } from '../api/client'

/** h5 has no WeChat navigation bar: give a big 返回 / 首页 row instead. */
export default function TopBar() {
  if (!IS_H5) return null
  const back = () => {
    if (Taro.getCurrentPages().length > 1) Taro.navigateBack().catch(() => Taro.reLaunch({ url: '/pages/index/index' }))
    else Taro.reLaunch({ url: '/pages/index/index' })
  }
  return (
    <View className='topbar'>
      <Text className='topbar-btn' id='nav-back' onClick={back}>
        ‹ 返回
      </Text>
      <Text className='topbar-btn' id='nav-home' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
        首页
      </Text>
    </View>
  )
}
