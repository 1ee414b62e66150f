import { Text, View } from '@tarojs/components'
import { Choice } from '../../../components/choice'
import { useRemote } from '../../../components/use-remote'
import { listSuggestions } from '../../../services/api/suggestions'

/**
 * An 意见建议 may be about one of the deputy's submitted 代表建议: that suggestion already counts in
 * the record, so the activity naming it is not counted again.
 */
export function SuggestionLink({ value, onChange }: { value: string; onChange(id: string): void }) {
  const mine = useRemote(() => listSuggestions({}), [])
  const submitted = (mine.data?.items ?? []).filter((s) => s.number && s.status !== 'withdrawn')
  if (!submitted.length) return null
  return (
    <>
      <Text className='field-label'>关于哪条代表建议（选填）</Text>
      <View className='chips'>
        {submitted.map((s) => (
          <Choice key={s.id} className='activity-suggestion' on={value === s.id} onPick={() => onChange(value === s.id ? '' : s.id)}>
            {`${s.number}《${s.title}》`}
          </Choice>
        ))}
      </View>
      {value && <Text className='hint'>这条建议已计入履职档案，本次活动不再重复计分</Text>}
    </>
  )
}
