import { Text, View } from '@tarojs/components'
import { Button } from './button'
import { useState } from 'react'
import type { CaseLocation } from '../core/fields'
import { followCase, similarCases } from '../services/api/cases'
import { errorMessage } from '../services/api/call'
import { toast } from '../services/platform'
import { StatusTag } from './status-tag'
import { useRemote } from './use-remote'

interface Props {
  /** Whom the case is being filed to: a deputy, a station, a reception day (提前征集), or nobody yet (a place decides). */
  target: { deputyCode?: string; stationCode?: string; noticeId?: string }
  category: string
  location: CaseLocation | null
  /** The resident chose to follow this case instead of filing. */
  onFollowed(caseId: string): void
}

/**
 * While filing: open cases of the same category nearby or at the same station. Following one
 * brings its every step to the resident, without a second case for the same problem.
 */
export function SimilarCases({ target, category, location, onFollowed }: Props) {
  const to = target.deputyCode ?? target.stationCode ?? target.noticeId ?? ''
  const similar = useRemote(
    category
      ? () => similarCases({ ...target, category, ...(location ? { location } : {}) })
      : null,
    [to, category, location?.latitude, location?.longitude],
  )
  const [following, setFollowing] = useState<string | null>(null)
  const items = similar.data?.items ?? []
  if (!category || items.length === 0) return null

  const follow = async (id: string) => {
    setFollowing(id)
    try {
      await followCase(id)
      toast('已关注，办理进展会通知您', 'success')
      onFollowed(id)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setFollowing(null)
    }
  }

  return (
    <View className='card similar'>
      <Text className='section-title'>{`附近已有相同问题（${items.length}）`}</Text>
      <Text className='hint'>如果是同一件事，关注它就能收到办理进展，不必重复提交</Text>
      {items.map((c) => (
        <View key={c.id} className='similar__item'>
          <View className='row row--between'>
            <Text className='muted'>{c.number}</Text>
            <StatusTag status={c.status} />
          </View>
          <Text className='similar__text'>{c.excerpt || '反映人未公开具体内容'}</Text>
          <Text className='muted similar__meta'>
            {[c.distanceM !== null ? `距您 ${c.distanceM} 米` : null, c.sameStation ? '同一联络站' : null, c.followers ? `${c.followers} 人关注` : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Button className='btn btn--ghost similar__follow' loading={following === c.id} disabled={following !== null} onClick={() => follow(c.id)}>
            是同一件事，关注它
          </Button>
        </View>
      ))}
    </View>
  )
}
