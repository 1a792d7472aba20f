import { View, Text } from '@tarojs/components'

export function Loading({ text = '正在加载，请稍候…' }: { text?: string }) {
  return (
    <View className='state' data-testid='loading'>
      <View className='spinner' />
      <Text>{text}</Text>
    </View>
  )
}

export function Empty({ icon = '空', text, children }: { icon?: string; text: string; children?: any }) {
  return (
    <View className='state' data-testid='empty'>
      <View className='state-badge'>{icon}</View>
      <View>{text}</View>
      {children}
    </View>
  )
}

export function ErrorNotice({ text, onRetry }: { text: string; onRetry?: () => void }) {
  return (
    <View className='notice notice-error' data-testid='error'>
      <View>{text}</View>
      {onRetry ? (
        <View className='btn btn-small btn-plain mt8' onClick={onRetry}>
          重试
        </View>
      ) : null}
    </View>
  )
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'ok' | 'error'; children: any }) {
  return <View className={`notice notice-${kind}`}>{children}</View>
}
