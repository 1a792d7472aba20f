import { View } from '@tarojs/components'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

export default function Stars({ value, onChange }: { value: number; onChange?: (v: number) => void }) {
  return (
    <View>
      <View className='stars'>
        {[1, 2, 3, 4, 5].map((i) => (
          <View key={i} className={`star ${i <= value ? 'star-on' : ''}`} data-star={i} onClick={() => onChange?.(i)}>
            ★
          </View>
        ))}
      </View>
      <View className='muted'>{value ? WORDS[value] : '请点星星打分'}</View>
    </View>
  )
}
