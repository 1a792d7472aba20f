import { View, Text } from '@tarojs/components'

/** Horizontal bars in plain views — no chart library. */
export default function BarChart({ rows, color }: { rows: Array<{ label: string; count: number }>; color?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <View className='bar-chart'>
      {rows.map((r) => (
        <View className='bar-row' key={r.label}>
          <Text className='bar-label'>{r.label}</Text>
          <View className='bar-track'>
            <View className='bar-fill' style={{ width: `${Math.max(2, Math.round((r.count / max) * 100))}%`, background: color }} />
          </View>
          <Text className='bar-count'>{r.count}</Text>
        </View>
      ))}
    </View>
  )
}
