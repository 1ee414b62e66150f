import { Button } from './button'
import { useRef, useState } from 'react'
import { toast } from '../services/platform'
import { voiceInput, type Listening } from '../services/voice'

/** 语音输入 beside a text field: tap, speak, tap again; what was heard is added to the text. Hidden where the platform cannot listen. */
export function VoiceButton({ onText }: { onText(text: string): void }) {
  const [listen] = useState(voiceInput)
  const [on, setOn] = useState(false)
  const current = useRef<Listening | null>(null)
  if (!listen) return null
  const toggle = () => {
    if (current.current) return current.current.stop()
    setOn(true)
    try {
      current.current = listen({
        onText,
        onEnd: (problem) => {
          current.current = null
          setOn(false)
          if (problem) toast(problem)
        },
      })
    } catch {
      setOn(false)
      toast('语音输入暂时不可用，请直接输入文字')
    }
  }
  return (
    <Button className={`btn btn--ghost btn--small voice-input ${on ? 'voice-input--on' : ''}`} onClick={toggle}>
      {on ? '正在听…说完点这里' : '语音输入'}
    </Button>
  )
}
