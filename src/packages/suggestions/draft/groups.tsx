import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useRemote } from '../../../components/use-remote'
import type { CaseGroup } from '../../../core/suggestions/grouping'
import { shanghaiDay } from '../../../core/time'
import { caseGroups } from '../../../services/api/suggestions'
import { PointsMap } from '../points-map'

/** The evidence sentence a group gives the 案由: how many residents, since when, about what. */
export const evidenceOf = (g: CaseGroup) =>
  `${shanghaiDay(new Date(g.span.from))}至${shanghaiDay(new Date(g.span.to))}，共有 ${g.residents} 位群众就${g.category}方面的问题反映 ${g.caseIds.length} 件诉求${g.words.length ? `（涉及：${g.words.join('、')}）` : ''}。`

/** 归集相似诉求: the helper's groups of the deputy's and station's cases; one tap takes a group's cases into the draft. */
export function Groups({ onPick }: { onPick(g: CaseGroup): void }) {
  const groups = useRemote(() => caseGroups({}), [])
  const items = groups.data?.items ?? []
  if (groups.loading) return <View className='card'><Text className='muted'>正在归集相似的诉求…</Text></View>
  if (!items.length) return null
  return (
    <View className='card case-groups'>
      <Text className='section-title'>相似的群众诉求（按同类、相近地点和相同字词归集）</Text>
      {items.slice(0, 5).map((g) => (
        <View key={g.caseIds.join()} className='list-item case-group'>
          <Text className='field-value'>{`${g.category} · ${g.residents} 位群众 · ${g.caseIds.length} 件`}</Text>
          <Text className='muted'>{evidenceOf(g)}</Text>
          <Text className='hint'>{g.cases.slice(0, 3).map((c) => c.excerpt).join(' / ')}</Text>
          <PointsMap points={g.points} />
          <Button className='btn btn--ghost btn--small pick-group' onClick={() => onPick(g)}>按这组诉求起草</Button>
        </View>
      ))}
    </View>
  )
}
