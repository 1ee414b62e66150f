import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useBusy } from '../../../components/use-busy'
import type { ConsultationView, Participation } from '../../../core/legislation/types'
import { formatShanghai } from '../../../core/time'
import { followConsultation } from '../../../services/api/legislation'
import { toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

/** The public figures in a sentence: who took part, what the points sent, what the law took up. */
export function participationText(p: Participation, passed: boolean): string {
  const took = `共 ${p.people} 人提出意见 ${p.comments} 条${p.forums ? `，召开座谈会 ${p.forums} 场` : ''}，联系点整理形成修改建议 ${p.opinions} 条`
  const sent = p.submitted ? `，${p.submitted} 个联系点已报送` : ''
  const kept = passed ? `；法规通过时采纳 ${p.adopted} 条、部分采纳 ${p.partlyAdopted} 条` : ''
  return `${took}${sent}${kept}。`
}

/**
 * What anyone reads besides the text: following the draft (hearing of its summary and of the law as
 * passed), the summary the team published, and once the period ended, who took part and what came of it.
 */
export function PublicPanel({ c, onFollow }: { c: ConsultationView; onFollow(following: boolean): void }) {
  const signedIn = useAppStore((s) => !!s.user)
  const [busy, run] = useBusy()
  const follow = () =>
    run(async () => {
      const { following } = await followConsultation({ id: c.id, on: !c.following })
      onFollow(following)
      toast(following ? '已关注，意见综述公布和法规通过时会通知您' : '已取消关注', 'success')
    })
  return (
    <>
      {signedIn && c.status !== 'draft' && (
        <Button className='btn btn--ghost btn--small follow-consultation' disabled={busy} onClick={() => void follow()}>
          {c.following ? '已关注这部草案' : '关注这部草案'}
        </Button>
      )}
      {c.participation && (
        <View className='card consultation-participation'>
          <Text className='section-title'>征求意见情况</Text>
          <Text className='field-value participation-text'>{participationText(c.participation, !!c.finalAt)}</Text>
        </View>
      )}
      {c.summary && (
        <View className='card consultation-summary'>
          <Text className='section-title'>意见综述</Text>
          <Text className='muted'>{`${formatShanghai(c.summary.at)} 公布`}</Text>
          {c.summary.text.split('\n').map((line, i) => (
            <Text key={i} className='field-value summary-text'>{line}</Text>
          ))}
        </View>
      )}
    </>
  )
}
