import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import type { WordOutcome } from '../../../core/safety/types'
import { errorMessage } from '../../../services/api/call'
import { safetyWords } from '../../../services/api/safety'
import { confirmAction, stopPullDownRefresh, toast } from '../../../services/platform'
import { Page } from '../../../components/page'

const OUTCOMES: Record<WordOutcome, string> = { refuse: '直接拒绝', hold: '转人工审核' }

/** The admin's word list: words that refuse a text, and words that hold it for a person — the system's own (kept for every district) and the district's. */
export default function SafetyWords() {
  const list = useRemote(() => safetyWords(), [])
  const [draft, setDraft] = useState('')
  const [outcome, setOutcome] = useState<WordOutcome>('refuse')
  const [busy, setBusy] = useState(false)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))

  const change = async (e: { add?: string[]; remove?: string[] }) => {
    setBusy(true)
    try {
      list.replace(await safetyWords({ ...e, outcome }))
      if (e.add) setDraft('')
      toast('已保存', 'success')
    } catch (err) {
      toast(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }
  // Several words at once, separated by spaces, commas or new lines.
  const words = draft.split(/[\s,，、]+/).filter(Boolean)

  return (
    <Page>
      <View className='card'>
        <Text className='section-title'>添加敏感词</Text>
        <Input className='input new-words' value={draft} placeholder='一个或多个词，用空格或逗号分开' maxlength={2000} onInput={(e) => setDraft(e.detail.value)} />
        <View className='row'>
          {(Object.keys(OUTCOMES) as WordOutcome[]).map((o) => (
            <Button key={o} className={`btn btn--small ${outcome === o ? 'btn--primary' : 'btn--ghost'} outcome-${o}`} onClick={() => setOutcome(o)}>
              {OUTCOMES[o]}
            </Button>
          ))}
        </View>
        <Button className='btn btn--primary add-words' loading={busy} disabled={busy || words.length === 0} onClick={() => void change({ add: words })}>
          添加
        </Button>
      </View>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={list.data?.items.length === 0} emptyText='还没有敏感词'>
        {list.data?.items.map((w) => (
          <View key={`${w.system}-${w.word}`} className='card row row--between safety-word'>
            <Text className='field-value'>{w.word}</Text>
            <View className='row'>
              <Text className={`tag ${w.outcome === 'refuse' ? 'tag--open' : 'tag--accepted'}`}>{OUTCOMES[w.outcome]}</Text>
              {w.system ? (
                <Text className='tag system-word'>系统词</Text>
              ) : (
                <Button
                  className='btn btn--ghost btn--small remove-word'
                  disabled={busy}
                  onClick={() => void confirmAction('删除敏感词', `删除“${w.word}”？`, '删除').then((ok) => (ok ? change({ remove: [w.word] }) : undefined))}
                >
                  删除
                </Button>
              )}
            </View>
          </View>
        ))}
      </StateView>
    </Page>
  )
}
