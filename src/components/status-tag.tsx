import { Text } from '@tarojs/components'
import { isOpen, statusLabel, type CaseStatus } from '../core/cases/states'

export function StatusTag({ status }: { status: CaseStatus }) {
  return <Text className={`tag ${isOpen(status) ? 'tag--open' : 'tag--closed'} tag--${status}`}>{statusLabel(status)}</Text>
}
