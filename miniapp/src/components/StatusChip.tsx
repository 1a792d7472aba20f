import { Text } from '@tarojs/components'
import { statusLabel, statusTone } from '../api/labels'

export default function StatusChip({ status, label }: { status: string; label?: string | null }) {
  return (
    <Text className={`chip chip-${statusTone(status)} status-chip`} data-status={status}>
      {statusLabel(status, label)}
    </Text>
  )
}
