import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Safety } from '../api/types'

const NAMES: Record<string, string> = { '110': '报警 110', '119': '火警 119', '120': '急救 120', '12345': '热线 12345' }

function normalise(n: Safety['numbers'][number]): { number: string; label: string } {
  if (typeof n === 'string') return { number: n, label: NAMES[n] || `拨打 ${n}` }
  const number = String(n.number)
  return { number, label: n.label || n.name ? `${n.label || n.name} ${number}` : NAMES[number] || `拨打 ${number}` }
}

/** Emergency advice from the API, shown before anything else, with one-tap call buttons. */
export default function SafetyCard({ safety }: { safety: Safety }) {
  const numbers = (safety.numbers || []).map(normalise)
  return (
    <View className='safety' data-testid='safety'>
      <View className='safety-title'>情况紧急，请先保证安全</View>
      <View className='safety-text'>{safety.reply}</View>
      {numbers.map((n) => (
        <View
          key={n.number}
          className='btn btn-warn btn-block call-btn'
          data-number={n.number}
          onClick={() => Taro.makePhoneCall({ phoneNumber: n.number }).catch(() => undefined)}
        >
          {n.label}
        </View>
      ))}
    </View>
  )
}
